"""The admin's searches (pages, snippets, images, documents…) with the search server down.

Wagtail's admin listings hand the words to the search backend; when Elasticsearch or
OpenSearch does not answer, the client's connection error would end in a 500. This middleware
turns it into one of Wagtail's messages and the same listing without the words (the page
search, which asks the backend even without words, falls back on the page explorer), so the
editor keeps working and knows why their search found nothing.
"""

import logging
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext

from .query import backend_errors

logger = logging.getLogger(__name__)

#: The query-string parameter that carries the words in Wagtail's admin listings.
SEARCH_PARAMETER = "q"


#: Admin views that ask the search backend even without words, and where to go instead.
SEARCH_ONLY_VIEWS = {
    "wagtailadmin_pages:search": "wagtailadmin_explore_root",
    "wagtailadmin_pages:search_results": "wagtailadmin_explore_root",
}


def view_name(request):
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else ""


def is_admin_search(request):
    """Whether ``request`` is a search in Wagtail's admin (a listing asked for words, or a
    view that is nothing but a search)."""
    if not request.path.startswith(reverse("wagtailadmin_home")):
        return False
    return bool(request.GET.get(SEARCH_PARAMETER)) or view_name(request) in SEARCH_ONLY_VIEWS


def without_search(request):
    """The address of ``request`` without its words (its filters and ordering kept)."""
    query = request.GET.copy()
    query.pop(SEARCH_PARAMETER, None)
    query.pop("p", None)  # a page of the results that are not there
    return f"{request.path}?{urlencode(query, doseq=True)}" if query else request.path


def fallback_url(request):
    """Where an admin search that could not be made goes: its listing without the words."""
    if view_name(request) in SEARCH_ONLY_VIEWS:
        return reverse(SEARCH_ONLY_VIEWS[view_name(request)])
    return without_search(request)


class AdminSearchUnavailableMiddleware:
    """A search server that does not answer an admin search: a message, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, backend_errors()) or not is_admin_search(request):
            return None
        logger.warning("Admin search unavailable at %s: %s", request.path, exception)
        messages.error(
            request,
            gettext(
                "Search is not available right now, so your search could not be made. "
                "Please try again in a few minutes."
            ),
        )
        return HttpResponseRedirect(fallback_url(request))
