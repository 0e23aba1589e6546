"""The client's address, the one rule every throttle counts by (django-axes' login and page
password lockouts, the request form's rate limit).

The connecting address, unless ``EGECMS["TRUSTED_PROXY_COUNT"]`` (env ``TRUSTED_PROXY_COUNT``)
reverse proxies stand in front of the app: then the address the outermost of them saw, read
from the right of ``X-Forwarded-For`` where a client cannot forge it. With no proxy
configured, ``X-Forwarded-For`` is ignored: anyone can send one.
"""

from django.conf import settings


def client_address(request):
    """The client's address, trusting ``X-Forwarded-For`` only from configured proxies."""
    proxies = int(settings.EGECMS.get("TRUSTED_PROXY_COUNT", 0) or 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    # Each trusted proxy appends the address it received from; the last ``proxies`` entries
    # were written by them, the one before by whoever connected to the outermost proxy.
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]
