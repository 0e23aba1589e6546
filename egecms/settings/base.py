"""Settings shared by every environment.

Everything that differs between a laptop, CI and production is read from environment
variables through one typed reader (django-environ); the defaults run the embedded demo:
SQLite, Wagtail's database search backend, local-memory cache, media on disk.
"""

import os
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from .content_security_policy import admin_directives, public_directives
from .frontend_cache import frontend_cache
from .machine_translation import machine_translator
from .media_storage import media_storages
from .observability import logging_config
from .tasks import task_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "egecms"

env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY", default="egecms-insecure-development-key")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# Content apps plug into the core through the Contribution registry; any of them can be
# left out of this list and the site still works (see tests/core/test_plugin_contract.py).
CONTENT_APPS = [
    "clusters",
    "practices",
    "agencies",
    "services",
    "assistance",
    "events",
    "governance",
    "coordination",
    "subscriptions",
]

INSTALLED_APPS = [
    "egecms.core",
    "egecms.workspaces",
    "egecms.editorial",
    "egecms.platform",
    "egecms.documents",
    "egecms.localization",
    "egecms.search",
    "egecms.pagecache",
    "egecms.background",
    "egecms.twofactor",
    *CONTENT_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "health_check",
    # Two-factor authentication (egecms.twofactor): authenticator apps and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Background work: immediate (inside the request) unless TASKS_BACKEND=rq (see the module).
_tasks = task_settings(os.environ)
TASKS = _tasks["TASKS"]
RQ_QUEUES = _tasks["RQ_QUEUES"]
RQ = _tasks["RQ"]
INSTALLED_APPS += ["django_tasks", *_tasks["TASK_APPS"]]

MIDDLEWARE = [
    # Serving (egecms.serving): first, so that its one log line per request times everything
    # below it and carries the final status. Production adds WhiteNoise after security.
    "egecms.serving.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (django-csp): above the page cache, so that a page it answers
    # carries the policy of the moment, never a stored one.
    "egecms.security.content_security_policy.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The anonymous page cache (egecms.pagecache): after LocaleMiddleware, whose language is
    # part of its keys; before CsrfViewMiddleware and everything that renders or reads the
    # user, so a cached page is answered without either.
    "egecms.pagecache.middleware.PageCacheMiddleware",
    # The request's Wagtail site kept between requests (egecms.core.structure_cache).
    "egecms.core.structure_cache.KeptSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor authentication: django-otp reads the device a code was entered with from the
    # session (user.is_verified()); ours holds admin users who still owe a code.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "egecms.twofactor.middleware.TwoFactorMiddleware",
    # An admin search whose search server does not answer: a message, not a 500.
    "egecms.search.admin_unavailable.AdminSearchUnavailableMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # One save or publish of a page at a time (egecms.core.page_edit_lock): it calls the page
    # editor's view itself, so it comes after every middleware with a process_view.
    "egecms.core.page_edit_lock.PageEditLockMiddleware",
    # Login throttling (django-axes): last, as its documentation asks; it turns a login that
    # its backend refused into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login throttling on every login form (Wagtail admin, Django admin, Wagtail's front-end
# login): django-axes counts failed logins in the database, so every process sees them.
# After LOGIN_FAILURE_LIMIT failures for one username from one address within
# LOGIN_LOCKOUT_MINUTES, that pair is refused (the right password included) until the
# failures are that old; a success clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "egecms.security.login_lockout.lockout_response"
# The client's address: the connecting one, or behind TRUSTED_PROXY_COUNT reverse proxies the
# one the outermost proxy saw (X-Forwarded-For, read from the right) — the rule the request
# form's rate limit counts by too. Without it axes read REMOTE_ADDR only: behind a proxy every
# reader was one address, and one lockout locked everybody out.
AXES_CLIENT_IP_CALLABLE = "egecms.security.client_address.client_address"

ROOT_URLCONF = "egecms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
# Django's renderer of forms, keeping the HTML of the widgets it rendered (the filter forms'
# selects cost a template include per option): egecms.core.form_rendering.
FORM_RENDERER = "egecms.core.form_rendering.RememberingRenderer"

WSGI_APPLICATION = "egecms.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Redis through egecms.core.resilient_cache: an unreachable server reads as an empty cache
# (logged once) rather than an error page; CACHE_TIMEOUT_SECONDS bounds each connection and
# each answer, so an outage costs a request that long at most.
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    _cache_timeout = env.float("CACHE_TIMEOUT_SECONDS", default=0.5)
    CACHES["default"]["BACKEND"] = "egecms.core.resilient_cache.ResilientRedisCache"
    CACHES["default"]["OPTIONS"] = {
        "socket_connect_timeout": _cache_timeout,
        "socket_timeout": _cache_timeout,
        **CACHES["default"].get("OPTIONS", {}),
    }
# The page cache (egecms.pagecache) keeps whole pages: on the same server as "default" when
# CACHE_URL names one, in a local-memory store of its own otherwise, so pages never push the
# smaller cached values out.
CACHES["pages"] = dict(CACHES["default"])
if CACHES["pages"]["BACKEND"].endswith("LocMemCache"):
    CACHES["pages"].update(LOCATION="egecms-pages", OPTIONS={"MAX_ENTRIES": 1000})

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: four content languages, every URL prefixed with its language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("pt", "Português"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"
# The platform's documents: outside MEDIA_ROOT, so that no public URL (not even /media/ under
# DEBUG) reaches them; Wagtail's view serves them after its privacy check (egecms.documents).
PRIVATE_ROOT = env.path("PRIVATE_ROOT", default=BASE_DIR / "var" / "private")
STORAGES = {
    **media_storages(env, private_root=PRIVATE_ROOT),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "e-Government — EgE Inter-Agency Task Force"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always go through Wagtail's view, which checks collection privacy (the platform's
# documents); a redirect to the storage's own URL would hand private files to anyone.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Wagtail's document with its file in the private "documents" storage (see STORAGES).
WAGTAILDOCS_DOCUMENT_MODEL = "egecms_documents.PrivateDocument"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: staff's address hashes are not sent to a third party, and the admin's
# Content-Security-Policy loads images from this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The name authenticator apps show beside the six-digit codes (django-otp).
OTP_TOTP_ISSUER = "EgE e-Government"

# Search: Wagtail's database backend by default (PostgreSQL full text or SQLite FTS);
# Machine pre-fill of translations: off unless MACHINE_TRANSLATOR is set (see the module).
_machine_translator = machine_translator(os.environ)
if _machine_translator:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_translator

# The rich-text toolbars: "default" for page bodies and descriptions, "section" for the
# sections of a practice's story (no headings inside a titled section).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "link", "ol", "ul"]},
    },
    "section": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul"]},
    },
}

# SEARCH_BACKEND=elasticsearch8 or opensearch2 with SEARCH_URL selects a search server: each
# value, Wagtail's backend for it and the extra of pyproject.toml that installs its client.
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
SEARCH_BACKEND_CHOICES = {
    "database": ("egecms.search.backends.database", None),
    "elasticsearch8": ("wagtail.search.backends.elasticsearch8", "elasticsearch"),
    "elasticsearch9": ("wagtail.search.backends.elasticsearch9", "elasticsearch9"),
    "opensearch2": ("wagtail.search.backends.opensearch2", "opensearch2"),
    "opensearch3": ("wagtail.search.backends.opensearch3", "opensearch3"),
}
if SEARCH_BACKEND not in SEARCH_BACKEND_CHOICES:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r}: choose one of {', '.join(SEARCH_BACKEND_CHOICES)}"
    )
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": SEARCH_BACKEND_CHOICES[SEARCH_BACKEND][0]}}
if SEARCH_BACKEND != "database":
    WAGTAILSEARCH_BACKENDS["default"].update(
        URLS=env.list("SEARCH_URL", default=["http://127.0.0.1:9200"]),
        INDEX=env.str("SEARCH_INDEX", default="egecms"),
        TIMEOUT=env.int("SEARCH_TIMEOUT", default=5),
        # Stemming per language happens before the backend (egecms.search.text), the
        # same on every backend; the server folds accents and case on top.
        INDEX_SETTINGS={
            "settings": {
                "analysis": {
                    "analyzer": {
                        "default": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["lowercase", "asciifolding"],
                        }
                    }
                }
            }
        },
    )

# A CDN or Varnish in front: FRONTEND_CACHE_BACKEND and its variables (see the module); the
# page cache sends it the addresses of every page a change shows on. Those addresses are
# exact, one per language: no rewriting of /en/ into the other languages' prefixes.
WAGTAILFRONTENDCACHE = frontend_cache(os.environ)
WAGTAILFRONTENDCACHE_LANGUAGES = []

# django-countries: names come from the library, localised to the reader's language.
COUNTRIES_FIRST_REPEAT = False

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="egecms@example.org")

# One line per request and Django's errors on stderr, as text or JSON (LOG_FORMAT, LOG_LEVEL).
LOGGING = logging_config(env)

# Content-Security-Policy (egecms.security.content_security_policy): strict on the public
# site, looser for the admins; CSP_REPORT_URI receives violation reports; CSP_IMG_SOURCES adds
# origins of images (a media bucket or CDN).
_CSP_OPTIONS = {
    "report_uri": env.str("CSP_REPORT_URI", default=""),
    "image_sources": env.list("CSP_IMG_SOURCES", default=[]),
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": public_directives(**_CSP_OPTIONS)}

# egecms plugin settings, read where used with these defaults.
EGECMS = {
    "TOPIC_PAGE_LATEST_PER_TYPE": 6,
    "WORKSPACES_FILE": BASE_DIR / "workspaces.yaml",
    # The publishing policy of contributions (see egecms.core.permissions).
    "PAGE_PERMISSION_TESTER": "egecms.workspaces.publishing.WorkspacePermissionTester",
    # Publishing an original creates or updates its translations (egecms.localization.sync).
    "SYNC_TRANSLATIONS_ON_PUBLISH": True,
    # Repeating events: a series must end within these bounds (events.recurrence).
    "EVENT_MAX_OCCURRENCES": 500,
    "EVENT_MAX_SERIES_YEARS": 25,
    # iCalendar feeds and import (events.ical).
    "ICAL_UID_DOMAIN": "egecms",
    "ICAL_CACHE_SECONDS": 900,
    "ICAL_FEED_PAST_DAYS": 30,
    "ICAL_FEED_MAX_EVENTS": 50,
    "ICAL_IMPORT_TIMEOUT": 20,
    "ICAL_IMPORT_MAX_BYTES": 5 * 1024 * 1024,
    "ICAL_IMPORT_ALLOW_PRIVATE_HOSTS": False,
    # Requests for assistance (the assistance app): how many of the best-matching agencies a
    # new request is routed to; how far back practices count for the duplication warning.
    "ASSISTANCE_ROUTE_TO": 2,
    # The base of every absolute link in feeds, iCalendar files and canonical links
    # (egecms.core.absolute_urls), e.g. https://egov.example.org; empty: the request's host.
    "CANONICAL_BASE_URL": env.str("CANONICAL_BASE_URL", default=""),
    # Reverse proxies in front of the app servers whose X-Forwarded-For is believed, for the
    # client address every throttle counts by (egecms.security.client_address); 0: none.
    "TRUSTED_PROXY_COUNT": env.int("TRUSTED_PROXY_COUNT", default=0),
    # RSS and Atom feeds of the sections (egecms.core.feeds): items, seconds in caches.
    "FEED_ITEMS": 20,
    "FEED_CACHE_SECONDS": 900,
    # Provenance on contribution pages (egecms.core.provenance): the board's workflow task
    # (the name provisioning gives it) whose approval dates "reviewed by the editorial board".
    "EDITORIAL_REVIEW_TASK": "Editorial board review",
    "DUPLICATION_PRACTICE_YEARS": 2,
    # Coordination (the coordination app): two missions to the same country on a shared topic
    # are flagged when their dates overlap or lie at most this many days apart.
    "MISSION_JOIN_WINDOW_DAYS": 21,
    # The anonymous page cache (egecms.pagecache): seconds a page is kept in the embedded
    # cache (0: off, no cache headers either) and in a CDN purged on publish (s-maxage;
    # 0 without FRONTEND_CACHE_BACKEND, so an unpurged cache in front always revalidates).
    "PAGE_CACHE_SECONDS": env.int("PAGE_CACHE_SECONDS", default=600),
    "PAGE_CACHE_CDN_SECONDS": env.int(
        "PAGE_CACHE_CDN_SECONDS", default=600 if WAGTAILFRONTENDCACHE else 0
    ),
    # The database gone (egecms.serving.database_down): the 503 page's Retry-After, seconds.
    "DATABASE_DOWN_RETRY_AFTER": 60,
    # /healthz (egecms.serving.health): more checks, as {"name": "dotted.path.to.function"}.
    "HEALTH_CHECK_FUNCTIONS": {"worker": "egecms.background.health.require_worker"},
    # Background work (egecms.background): how often a failing task is tried again, and after
    # how many seconds each time (TASKS_RETRIES, TASKS_RETRY_INTERVALS).
    "TASK_RETRIES": _tasks["TASK_RETRIES"],
    "TASK_RETRY_INTERVALS": _tasks["TASK_RETRY_INTERVALS"],
    # Two-factor authentication for the admin (egecms.twofactor): who must use it (group
    # names, shell patterns allowed; superusers always do; the names provisioning gives in
    # egecms/workspaces/roles.py), whether it is asked at all (off in dev and tests), and
    # how many single-use recovery codes each user gets.
    "TWO_FACTOR_ENFORCED": env.bool("TWO_FACTOR_ENFORCED", default=True),
    "TWO_FACTOR_REQUIRED_GROUPS": ["Editorial board", "* program managers"],
    "TWO_FACTOR_RECOVERY_CODES": 10,
    # The Wagtail admin's and Django admin's Content-Security-Policy (see above).
    "ADMIN_CONTENT_SECURITY_POLICY": admin_directives(**_CSP_OPTIONS),
}
