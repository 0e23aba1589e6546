"""The governance world, built once per worker (see world.py)."""

from tests.worlds import world

from .world import build_governance_world


@world
def governance_world():
    """Five member organisations and ICA (prospective), their people on both bodies."""
    return build_governance_world()
