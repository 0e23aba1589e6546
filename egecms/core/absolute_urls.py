"""Absolute addresses in what we serve (feeds, iCalendar files, canonical links).

Wagtail's ``Page.get_full_url`` builds them from the ``Site`` row's hostname (``localhost`` in
the demo, whatever the host that served the request), so a feed fetched from
``https://egov.example.org`` pointed its readers at ``http://localhost/...``. Here:

1. ``EGECMS["CANONICAL_BASE_URL"]`` (env ``CANONICAL_BASE_URL``, e.g.
   ``https://egov.example.org``) wins when it is set: every absolute link names it, whichever
   host or proxy the request came through;
2. otherwise the host the request came to (``request.build_absolute_uri``: Django's
   ``ALLOWED_HOSTS`` have already vetted it, and the page cache keys on it, so one host's
   answer is never served to another);
3. without a request (e-mails, background work), the ``Site``'s own root URL, as Wagtail does.
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings


def canonical_base_url():
    """The configured canonical base URL without its trailing slash, or ``""``."""
    return (settings.EGECMS.get("CANONICAL_BASE_URL") or "").rstrip("/")


def absolute_url(url, request=None):
    """``url`` (a path, or already absolute) as an absolute URL by the rules above; None
    stays None. An absolute ``url`` (another site's page) is kept as it is."""
    if not url or urlsplit(url).scheme:
        return url or None
    base = canonical_base_url()
    if base:
        return urljoin(f"{base}/", url)
    if request is not None:
        return request.build_absolute_uri(url)
    return None


def page_full_url(page, request=None):
    """``page``'s absolute URL (None if it is not routable) by the rules above."""
    url = page.get_url(request=request)
    if not url:
        return None
    return absolute_url(url, request) or page.get_full_url(request=request)
