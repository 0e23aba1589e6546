"""The page cache's middleware: answers kept pages, keeps new ones; the rules are elsewhere
(:mod:`.rules`, :mod:`.headers`, :mod:`.store`)."""

from . import generation
from .conf import cdn_seconds, page_cache_seconds
from .headers import add_cache_headers, conditional_response, mark_private
from .rules import is_cacheable_view, may_answer_from_cache, may_keep
from .store import keep, kept, page_key

#: The header that says whether a page came from the cache ("hit") or was just kept ("miss").
STATUS_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    """Answer anonymous readers from the page cache; keep what may be shared.

    The key is made with the generation read *before* the view runs: a page rendered while a
    change is being published is kept under the generation that change ends, never read again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if page_cache_seconds() <= 0:
            return self.get_response(request)
        if not may_answer_from_cache(request):
            response = self.get_response(request)
            if is_cacheable_view(request):
                mark_private(response)
            return response

        current = generation.current()
        key = page_key(request, current)
        response = kept(key)
        if response is not None:
            response[STATUS_HEADER] = "hit"
            return conditional_response(request, response)

        response = self.get_response(request)
        if request.method == "HEAD":
            return response  # only a GET's page is kept (and answers HEADs after it)
        if not may_keep(request, response):
            if is_cacheable_view(request):
                mark_private(response)
            return response
        purgeable = not request.META.get("QUERY_STRING")
        add_cache_headers(
            response,
            purged_at=current.purged_at,
            shared_seconds=cdn_seconds() if purgeable else 0,
        )
        keep(key, response, timeout=page_cache_seconds())
        response[STATUS_HEADER] = "miss"
        return conditional_response(request, response)
