"""Settings of ``make bench``: the dev settings (the demo app), no debug, a database of its own,
and a URLconf with the floor view. ``BENCH_PAGE_CACHE=0`` serves every page uncached."""

from egecms.settings.dev import *  # noqa: F403
from egecms.settings.dev import BASE_DIR, env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "bench.urls"
DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'bench' / 'bench.sqlite3'}"
    )
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The request log would otherwise print a line per request of the load.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# Pages measured uncached unless BENCH_PAGE_CACHE=1 (the cached half of the load test).
EGECMS = {  # noqa: F405
    **EGECMS,  # noqa: F405
    "PAGE_CACHE_SECONDS": 600 if env.bool("BENCH_PAGE_CACHE", default=False) else 0,
}
