"""Settings shared by every environment.

Everything that differs between a laptop, CI and production is read from environment
variables through one typed reader (django-environ); the defaults run the embedded demo:
SQLite, Wagtail's database search backend, local-memory cache, media on disk.
"""

import os
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from .machine_translation import machine_translator

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "egecms"

env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY", default="egecms-insecure-development-key")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# Content apps plug into the core through the Contribution registry; any of them can be
# left out of this list and the site still works (see tests/core/test_plugin_contract.py).
CONTENT_APPS = ["clusters", "practices", "agencies", "services", "assistance", "events"]

INSTALLED_APPS = [
    "egecms.core",
    "egecms.workspaces",
    "egecms.editorial",
    "egecms.platform",
    "egecms.localization",
    "egecms.search",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

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

WSGI_APPLICATION = "egecms.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
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
WAGTAIL_ENABLE_UPDATE_CHECK = False

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

# django-countries: names come from the library, localised to the reader's language.
COUNTRIES_FIRST_REPEAT = False

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="egecms@example.org")

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
    # RSS and Atom feeds of the sections (egecms.core.feeds): items, seconds in caches.
    "FEED_ITEMS": 20,
    "FEED_CACHE_SECONDS": 900,
    # Provenance on contribution pages (egecms.core.provenance): the board's workflow task
    # (the name provisioning gives it) whose approval dates "reviewed by the editorial board".
    "EDITORIAL_REVIEW_TASK": "Editorial board review",
    "DUPLICATION_PRACTICE_YEARS": 2,
}
