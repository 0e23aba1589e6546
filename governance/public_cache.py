"""The public page of the bodies' published items in the anonymous page cache: it is kept
like a Wagtail page (:func:`egecms.pagecache.rules.shared_page`), and emptied the same way
when a published item changes (a new generation; its address in each language for a CDN)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from egecms.pagecache.addresses import sitemap_addresses
from egecms.pagecache.conf import frontend_cache_configured
from egecms.pagecache.purge import purge_when_committed

PUBLIC_PAGE = "governance_public:published"


def public_page_addresses():
    """The public page's full address in every language of every site, and the sitemaps
    (which list it only while it shows something)."""
    paths = set()
    for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(language):
            paths.add(reverse(PUBLIC_PAGE))
    pages = {f"{site.root_url}{path}" for site in Site.objects.all() for path in paths}
    return pages | sitemap_addresses()


def purge_public_page():
    """Empty the page cache (and tell a CDN) once the current transaction commits."""
    purge_when_committed(public_page_addresses() if frontend_cache_configured() else ())
