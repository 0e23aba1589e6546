"""Fast, isolated settings for the test suite (SQLite in memory unless DATABASE_URL is set)."""

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

SECRET_KEY = "egecms-tests"  # noqa: S105
DEBUG = False
# Login throttling is on only where tests look at it (tests/security): elsewhere, client.login()
# authenticates without a request, which django-axes refuses.
AXES_ENABLED = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_ROOT = BASE_DIR / "var" / "test-private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    # On disk: Wagtail's serve view reads a document by its path when its storage has one.
    "documents": {
        "BACKEND": "egecms.documents.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The tests of the real worker (tests/background/test_real_worker.py) switch TASKS to RQ on a
# Redis database of their own, which they flush; no other test touches it.
RQ_QUEUES = {
    "default": {
        **RQ_QUEUES["default"],  # noqa: F405
        "URL": env.str("TASKS_TEST_REDIS_URL", default="redis://127.0.0.1:6379/14"),
    }
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "egecms.search.backends.database"}}
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}

# The demo, which the tests load (see tests/conftest.py); never installed in production.
INSTALLED_APPS = [
    *(app for app in INSTALLED_APPS if app not in ("django_rq", "django_tasks_rq")),
    "egecms.demo",
    "django_rq",
    "django_tasks_rq",
]

# Tests build their own translations; the sync tests switch it on. The page cache is off:
# tests roll their rows back but share one cache, so a page kept by one test could be
# answered to the next; tests/pagecache switches it on around each of its tests.
EGECMS = {  # noqa: F405
    **EGECMS,  # noqa: F405
    "SYNC_TRANSLATIONS_ON_PUBLISH": False,
    "PAGE_CACHE_SECONDS": 0,
    "PAGE_CACHE_CDN_SECONDS": 0,
    # Off, so that the permission matrix and every test signing in with force_login reach
    # the admin as before; tests/twofactor switches it on.
    "TWO_FACTOR_ENFORCED": False,
}
WAGTAILFRONTENDCACHE = {}

# On PostgreSQL, a test database need not wait for the disk at each commit (the tests that
# commit for real, and the database's creation, are then as fast as in memory).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
