import pytest

from .builders import build_site, ensure_locales


@pytest.fixture
def locales(db):
    return ensure_locales()


@pytest.fixture
def site_tree(db):
    """The page tree of DESIGN.md with one page of each type, in four linked locales."""
    return build_site()
