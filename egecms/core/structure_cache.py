"""What every public page reads of the site's structure, kept between requests.

The view-restricted tree paths, each locale's topic page with its sections (the main menu) and
the request's Wagtail site are read by every public page, and change only when a page near the root or a view
restriction does. They are kept in the versioned cache (family ``structure``) under the page
cache's generation, so every purge of the page cache renews them as well; and they are
forgotten at once (and again when the transaction commits) when a site or a view restriction
changes or a page of depth 1–3 (root, topic pages, sections) is saved, moved or deleted, so that no
reader (nor a test writing rows without publishing) sees a menu or a restriction that is no
longer there.
"""

import hashlib

from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http.request import split_domain_port
from wagtail.models import Site

from egecms.pagecache import generation

from . import versioned_cache

FAMILY = "structure"
#: Root (1), topic page of each locale (2), its sections (3): what the menu shows.
STRUCTURE_DEPTH = 3


def get_or_compute(suffix, compute):
    """The structure value ``suffix``, computed by ``compute()`` when not kept yet."""
    return versioned_cache.get_or_compute(FAMILY, f"{generation.current().token}:{suffix}", compute)


def forget():
    """Drop every kept structure value, now and once the current transaction commits."""
    versioned_cache.forget(FAMILY)
    transaction.on_commit(lambda: versioned_cache.forget(FAMILY), robust=True)


def page_changed(sender, instance, **kwargs):
    """A page was saved, moved or deleted: the structure changed if it is near the root."""
    if instance.depth is None or instance.depth <= STRUCTURE_DEPTH:
        forget()


def structure_changed(sender, **kwargs):
    """A view restriction was added, changed or lifted, or a page moved."""
    forget()


def site_for_request(request):
    """Wagtail's :class:`~wagtail.models.Site` for ``request`` (as ``Site.find_for_request``),
    kept between requests per host name and port (forgotten when a site is saved or deleted)."""
    hostname = split_domain_port(request.get_host())[0]  # checked against ALLOWED_HOSTS
    host = hashlib.sha256(f"{hostname}:{request.get_port()}".encode()).hexdigest()[:32]
    return get_or_compute(f"site:{host}", lambda: Site._find_for_request(request))


class KeptSiteMiddleware:
    """Hands Wagtail the request's site from :func:`site_for_request` (reading a page costs
    Wagtail a query for it otherwise). Only for reading requests: a host name that is not
    allowed is left to Django's own check to answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not hasattr(request, "_wagtail_site"):
            try:
                request._wagtail_site = site_for_request(request)
            except DisallowedHost:
                pass
        return self.get_response(request)
