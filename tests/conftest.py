import pytest


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
