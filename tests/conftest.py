import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from .worlds import Worlds, order_items, world, world_of


def pytest_collection_modifyitems(config, items):
    items[:] = order_items(items)


def pytest_xdist_make_scheduler(config, log):
    """Each test module to one worker (as ``--dist loadfile``), except the modules that share
    a world built once (``SHARED_WORLD_MODULES``), which go to one worker together."""
    if config.getvalue("dist") != "loadfile":
        return None
    from .scheduling import ModulesAndSharedWorlds

    return ModulesAndSharedWorlds(config, log)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever the one before it activated
    (the test client's LocaleMiddleware and ``translation.activate`` leave theirs behind)."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rolled-back rows must not linger in it)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# -- worlds (see worlds.py) ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def _worlds(django_db_setup, django_db_blocker):
    worlds = Worlds(django_db_blocker)
    yield worlds
    worlds.leave()


@pytest.fixture
def _world_entered(request, _worlds):
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    # A test that commits for real (a live server) must not commit a world with it.
    _worlds.enter(None if transactional else world_of(request.node))


@pytest.fixture
def _django_db_helper(_world_entered, _django_db_helper):
    """pytest-django's per-test transaction, opened inside the world the test asks for."""
    yield


@pytest.fixture
def locales(db):
    from .builders import ensure_locales

    return ensure_locales()


# Imported inside: the plugin-contract checks run this suite's conftest in settings that
# leave a content app out, where importing its models at the top would fail.
@world
def site_tree():
    """The page tree of DESIGN.md with one page of each type, in four linked locales."""
    from .builders import build_site

    return build_site()


@world
def site_tree_en():
    """The same tree in English only, for tests that do not look at translations."""
    from .builders import build_site

    return build_site(translate=False)


@world
def demo():
    """``manage.py load_demo`` on the empty database: what it printed and e-mailed."""
    import io

    from django.core import mail
    from django.core.management import call_command

    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return {"output": output.getvalue(), "sent": list(mail.outbox)}


@pytest.fixture
def spanish_editor(db, client):
    """A superuser whose admin speaks Spanish, logged in on ``client``."""
    user = get_user_model().objects.create_superuser("editora", "editora@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save(update_fields=["preferred_language"])
    client.force_login(user)
    return user
