"""The HTTP caching headers of a kept page, and the answer to a conditional request.

Browsers revalidate every time (``max-age=0``) and get a 304 while the page is unchanged; a
shared cache (CDN, Varnish) keeps a page for ``s-maxage`` only when a purge can reach it: an
address without a query string (the purges name exact addresses; ``?page=2`` or
``?country=PE`` variants cannot be listed), otherwise it revalidates too. A view that chose
its own ``max-age`` (feeds, whose readers poll) keeps it for browsers.
"""

from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe


def add_cache_headers(response, *, purged_at, shared_seconds):
    """Give a response about to be kept its validators and ``Cache-Control``.

    ``ETag`` is a digest of the content; ``Last-Modified`` the start of the cache's generation
    (nothing the page shows changed since), or the view's own date if later: a feed dates
    itself by its newest item, which goes back in time when that item is unpublished.
    """
    if not response.has_header("ETag"):
        set_response_etag(response)
    own = parse_http_date_safe(response.get("Last-Modified", "")) or 0
    response["Last-Modified"] = http_date(max(own, purged_at))
    if "max-age" in response.get("Cache-Control", ""):
        patch_cache_control(response, public=True, s_maxage=shared_seconds)
    else:
        patch_cache_control(
            response, public=True, max_age=0, must_revalidate=True, s_maxage=shared_seconds
        )
    # Readers with a session are answered by the application itself.
    patch_vary_headers(response, ["Cookie"])


def mark_private(response):
    """A page that is not kept is not for shared caches either (unless the view said more)."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)


def conditional_response(request, response):
    """``response``, or a 304 when the reader's copy (``If-None-Match``, ``If-Modified-Since``)
    is still the current one."""
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )
