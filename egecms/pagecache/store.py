"""Kept pages: their keys (generation, host, address with its query string, language) and
their round trip through Django's cache as plain data."""

import hashlib

from django.http import HttpResponse
from django.utils import translation

from .conf import page_cache

#: Headers never kept: a cookie belongs to one reader (a kept response sets none anyway).
UNKEPT_HEADERS = frozenset({"set-cookie"})


def page_key(request, generation):
    """The key of ``request``'s page in ``generation``: one per host, full address and
    language (the language the URL's prefix activated)."""
    address = "\n".join(
        (request.get_host(), request.get_full_path(), translation.get_language() or "")
    )
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"egecms:pagecache:{generation.token}:{digest}"


def keep(key, response, *, timeout):
    """Keep ``response`` (a rendered, non-streaming response) under ``key``."""
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in UNKEPT_HEADERS
    ]
    page_cache().set(
        key,
        {"status": response.status_code, "headers": headers, "content": response.content},
        timeout=timeout,
    )


def kept(key):
    """The response kept under ``key``, or None."""
    entry = page_cache().get(key)
    if entry is None:
        return None
    return HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
