"""The world of the permission matrix, built once per worker and shared by its roles."""

from tests.worlds import world

from .world import build_world


@world
def permission_world():
    """A site, its spaces, one user per role and the marked objects (see world.py)."""
    return build_world()
