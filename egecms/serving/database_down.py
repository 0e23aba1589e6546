"""The database gone: a plain 503 page in the reader's language, not a traceback.

Django's ``handler500`` is called for any exception no view or middleware handled, wherever
it was raised (a view, the session, Wagtail's site lookup…); when that exception is the
database's (``OperationalError``: the server is down, refuses connections, the file is
locked; ``InterfaceError``: the connection was lost), :func:`server_error` answers 503 with
``Retry-After``, from a static template rendered without a request context, so without a
single query. The language comes from the URL prefix (``/es/…``), else the one
``LocaleMiddleware`` chose from the browser's; an editor's admin preference would need the
database. Every other error keeps Django's own 500. Django still logs the exception (and
Sentry still receives it) before the handler runs.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

DATABASE_ERRORS = (OperationalError, InterfaceError)
TEMPLATE = "serving/database_down.html"
DEFAULT_RETRY_AFTER_SECONDS = 60


def retry_after_seconds():
    """Seconds clients are told to wait (``EGECMS["DATABASE_DOWN_RETRY_AFTER"]``, 60)."""
    return int(settings.EGECMS.get("DATABASE_DOWN_RETRY_AFTER", DEFAULT_RETRY_AFTER_SECONDS))


def reader_language(request):
    """The language of the URL prefix, else the active one, else the default."""
    return (
        translation.get_language_from_path(request.path_info)
        or translation.get_language()
        or settings.LANGUAGE_CODE
    )


def database_down_response(request):
    """The 503 page, rendered without touching the database."""
    language = reader_language(request)
    with translation.override(language):
        content = render_to_string(TEMPLATE, {"language": language})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(retry_after_seconds())
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """``handler500``: the 503 page when the database failed, Django's 500 otherwise."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_down_response(request)
    return defaults.server_error(request, template_name=template_name)
