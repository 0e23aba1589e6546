"""Serve the browser from this process: every request Chromium makes is answered by Django's
test client, in the test's own database transaction.

So the browser sees the demo the test suite built once (a world, see ``tests/worlds.py``)
without a live server thread, which would need the rows committed — and a demo loaded again
for it. Static files come from the staticfiles finders, as ``runserver`` serves them.
"""

import mimetypes
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client

BASE_URL = "http://testserver"
# Headers Chromium sends that the test client sets itself (or that make no sense here).
_SKIPPED_HEADERS = {"host", "content-length", "cookie", "connection", "accept-encoding"}


def _static(path):
    found = finders.find(path[len(settings.STATIC_URL) :])
    if not found:
        return 404, {}, b""
    content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
    with open(found, "rb") as handle:
        return 200, {"content-type": content_type}, handle.read()


def _django(client, request):
    url = urlsplit(request.url)
    path = url.path + (f"?{url.query}" if url.query else "")
    headers = {
        key: value for key, value in request.headers.items() if key.lower() not in _SKIPPED_HEADERS
    }
    if request.method == "POST":
        response = client.post(
            path,
            data=request.post_data_buffer or b"",
            content_type=request.headers.get("content-type", "application/octet-stream"),
            headers=headers,
        )
    else:
        response = client.generic(request.method, path, headers=headers)
    body = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )
    return response.status_code, dict(response.items()), body


def connection_keeper():
    """A function that gives the current context the database connection of this moment.

    Playwright's sync API runs code in greenlets with contexts of their own, where Django
    would open a new connection — outside the test's transaction, blocked by its locks.
    """
    connection = connections[DEFAULT_DB_ALIAS]

    def keep():
        connections[DEFAULT_DB_ALIAS] = connection

    return keep


def serve_in_process(context, client=None):
    """Answer every request of the Playwright browser ``context`` from this process, through
    ``client`` (logged in or not; a new anonymous one by default)."""
    # One client: its cookies (session, language) persist as a browser's.
    client = client or Client()
    keep_connection = connection_keeper()

    def handle(route, request):
        keep_connection()
        if urlsplit(request.url).netloc != urlsplit(BASE_URL).netloc:
            route.abort()  # nothing leaves the machine
            return
        path = urlsplit(request.url).path
        if path.startswith(settings.STATIC_URL):
            status, headers, body = _static(path)
        else:
            status, headers, body = _django(client, request)
        route.fulfill(status=status, headers=headers, body=body)

    context.route("**/*", handle)
    return BASE_URL
