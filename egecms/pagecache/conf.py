"""The page cache's settings, read where used (``settings.EGECMS``) with their defaults."""

from django.conf import settings
from django.core.cache import caches

#: The cache alias that keeps pages and the generation (see ``egecms.settings.base``).
CACHE_ALIAS = "pages"


def page_cache_seconds():
    """How long the embedded cache keeps a page; 0 turns the page cache off."""
    return int(settings.EGECMS.get("PAGE_CACHE_SECONDS", 600))


def cdn_seconds():
    """How long a purged shared cache (CDN, Varnish) may keep a page (``s-maxage``)."""
    return int(settings.EGECMS.get("PAGE_CACHE_CDN_SECONDS", 0))


def frontend_cache_configured():
    """Whether a CDN or Varnish is to be purged (``WAGTAILFRONTENDCACHE``)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def page_cache():
    """The Django cache that keeps pages."""
    return caches[CACHE_ALIAS]
