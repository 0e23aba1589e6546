"""A per-client counter in Django's cache: how many requests for assistance one client sent.

Fixed windows: the first counted submission opens a window of ``window`` seconds in which
at most ``limit`` are accepted (``EGECMS["ASSISTANCE_RATE_LIMIT"] = (limit, window)``). The
client is the connecting address; behind ``EGECMS["TRUSTED_PROXY_COUNT"]`` reverse proxies,
the address the outermost of them saw (read from the right of ``X-Forwarded-For``, where a
client cannot forge it). Addresses are hashed before they become cache keys.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

KEY_PREFIX = "egecms:ratelimit"


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


@dataclass(frozen=True)
class RateLimit:
    """At most ``limit`` counted actions per client per ``window`` seconds, for one ``scope``."""

    scope: str
    limit: int
    window: int

    @classmethod
    def for_assistance_requests(cls):
        """The limit on requests for assistance, from ``EGECMS["ASSISTANCE_RATE_LIMIT"]``."""
        limit, window = settings.EGECMS.get("ASSISTANCE_RATE_LIMIT", (5, 3600))
        return cls(scope="assistance-request", limit=int(limit), window=int(window))

    def key(self, request):
        digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
        return f"{KEY_PREFIX}:{self.scope}:{digest}"

    def is_exceeded(self, request):
        """Whether this client has used up its window (reads only; counts nothing)."""
        return (cache.get(self.key(request)) or 0) >= self.limit

    def hit(self, request):
        """Count one action; ``False`` when it goes over the limit (refuse it)."""
        key = self.key(request)
        cache.add(key, 0, timeout=self.window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=self.window)
            count = 1
        return count <= self.limit
