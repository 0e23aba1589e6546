"""Fast, isolated settings for the test suite (SQLite in memory unless DATABASE_URL is set)."""

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

SECRET_KEY = "egecms-tests"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "egecms.search.backends.database"}}
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}

# The demo, which the tests load (see tests/conftest.py); never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "egecms.demo"]

# Tests build their own translations; the sync tests switch it on.
EGECMS = {**EGECMS, "SYNC_TRANSLATIONS_ON_PUBLISH": False}  # noqa: F405

# On PostgreSQL, a test database need not wait for the disk at each commit (the tests that
# commit for real, and the database's creation, are then as fast as in memory).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"
