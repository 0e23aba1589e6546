import pytest


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rolled-back rows must not linger in it)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    from .builders import ensure_locales

    return ensure_locales()


@pytest.fixture
def site_tree(db):
    """The page tree of DESIGN.md with one page of each type, in four linked locales."""
    # Imported here: the plugin-contract checks run this suite's conftest in settings that
    # leave a content app out, where importing its models would fail.
    from .builders import build_site

    return build_site()


@pytest.fixture
def site_tree_en(db):
    """The same tree in English only: quicker, for tests that do not look at translations."""
    from .builders import build_site

    return build_site(translate=False)
