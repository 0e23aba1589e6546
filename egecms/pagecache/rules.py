"""What the page cache may answer and what it may keep: plain functions of request and response.

Only public pages of anonymous readers are shared. A request is answered from the cache only
when it carries nothing personal (no session, so no logged-in user and no page password; no
pending messages; no credentials). A response is kept only when it is a page Wagtail served
(or the sitemap) with status 200, set no cookie, did not use the CSRF token (a form), left the
session untouched and was not marked private or uncacheable — Wagtail marks every page under
a view restriction so, and the assistance views mark their forms and status pages.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import has_vary_header

#: The views whose 200 responses may be kept: Wagtail's pages (and their routes: feeds,
#: ``feed.ics``, ``event.ics``) and the sitemap, besides the apps' views marked
#: :func:`shared_page`. The admin, previews, documents and the Django admin are never among them.
CACHEABLE_VIEWS = frozenset({"wagtail_serve", "wagtail_serve_file", "sitemap"})

#: Cache-Control directives that keep a response out of every shared cache.
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def is_personal_request(request):
    """Whether ``request`` carries something of its reader's own (a session, messages,
    credentials): such a request is never answered from the cache nor kept."""
    cookies = request.COOKIES
    return bool(
        cookies.get(settings.SESSION_COOKIE_NAME)
        or cookies.get(CookieStorage.cookie_name)
        or request.META.get("HTTP_AUTHORIZATION")
    )


def may_answer_from_cache(request):
    """Whether ``request`` may be answered with a kept page (before any view runs)."""
    return request.method in ("GET", "HEAD") and not is_personal_request(request)


def shared_page(view):
    """Mark ``view``, an app's public view (hook ``register_public_urls``), as one whose pages
    may be kept like Wagtail's: it shows every anonymous reader of an address the same page,
    and its app empties the cache when what it shows changes
    (:func:`egecms.pagecache.purge.purge_when_committed`)."""
    view.page_cache_shared = True
    return view


def is_cacheable_view(request):
    """Whether ``request`` was routed to a view whose pages may be kept (Wagtail's pages, the
    sitemap, and the apps' views marked :func:`shared_page`)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and (
        match.url_name in CACHEABLE_VIEWS or getattr(match.func, "page_cache_shared", False)
    )


def is_marked_private(response):
    """Whether ``response`` says it is private or must not be kept, or varies on everything."""
    directives = response.get("Cache-Control", "").lower()
    return any(directive in directives for directive in PRIVATE_DIRECTIVES) or has_vary_header(
        response, "*"
    )


def may_keep(request, response):
    """Whether ``response`` to ``request`` (one :func:`may_answer_from_cache` accepted) may be
    kept and shared with every anonymous reader of the same address."""
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and is_cacheable_view(request)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and not is_marked_private(response)
    )
