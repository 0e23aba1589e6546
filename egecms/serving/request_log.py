"""One log line per request: method, path, status, duration, user and a request id.

The id is the caller's ``X-Request-ID`` (a load balancer's or a proxy's) when it is a sane
token, or a new one; it is echoed in the response's ``X-Request-ID`` so that a reader's report,
the proxy's log and this log meet. ``LOG_FORMAT=json`` (``egecms.settings.observability``)
makes each line a JSON object whose keys are the fields below.
"""

import logging
import re
import time
import uuid

logger = logging.getLogger("egecms.requests")

REQUEST_ID_HEADER = "X-Request-ID"
# What a caller may choose as an id: no spaces, quotes or control characters in our logs.
_SANE_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")


def request_id_from(value):
    """The caller's request id if it is a sane token, else a new random one."""
    if value and _SANE_ID.fullmatch(value):
        return value
    return uuid.uuid4().hex


def user_label(request):
    """The user's id, or ``"anonymous"`` (never a name or an e-mail address)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return str(user.pk)
    return "anonymous"


class RequestLogMiddleware:
    """Logs each request once it is answered, on ``egecms.requests`` at INFO; the first
    middleware, so that it times (and logs) everything the others do, static files included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request_id_from(request.headers.get(REQUEST_ID_HEADER))
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request.id
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": duration_ms,
            "user": user_label(request),
            "request_id": request.id,
        }
        logger.info(
            "%(method)s %(path)s %(status)s %(duration_ms)sms user=%(user)s id=%(request_id)s",
            fields,
            extra=fields,
        )
        return response
