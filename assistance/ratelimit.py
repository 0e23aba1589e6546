"""A per-client counter in the database: how many requests for assistance one client sent.

Fixed windows: the first counted submission opens a window of ``window`` seconds in which
at most ``limit`` are accepted (``EGECMS["ASSISTANCE_RATE_LIMIT"] = (limit, window)``). The
client is the connecting address; behind ``EGECMS["TRUSTED_PROXY_COUNT"]`` reverse proxies,
the address the outermost of them saw (``egecms.security.client_address``, the rule the login
lockout counts by too). Addresses are hashed before they are stored.

The count lives in the database, not in Django's cache: with the default local-memory cache
each app server process kept its own count (4 gunicorn workers accepted 20 of 50 simultaneous
submissions against a limit of 5). Each hit is one conditional ``UPDATE`` (``count < limit``
in its ``WHERE``), which the database applies to one row at a time — PostgreSQL re-reads the
condition after waiting for the row's lock, SQLite writes one transaction at a time — so
concurrent submissions from every process are accepted exactly up to the limit.
(django-ratelimit and similar libraries count in the cache, so they share the flaw.)
"""

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from egecms.security.client_address import client_address

from .models import RateLimitCounter

__all__ = ["RateLimit", "client_address"]


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

    def client(self, request):
        """The stored digest of the request's client address."""
        return hashlib.sha256(client_address(request).encode()).hexdigest()[:32]

    def _counter(self, request):
        return RateLimitCounter.objects.filter(scope=self.scope, client=self.client(request))

    def is_exceeded(self, request):
        """Whether this client has used up its window (reads only; counts nothing)."""
        return (
            self._counter(request)
            .filter(window_ends__gt=timezone.now(), count__gte=self.limit)
            .exists()
        )

    def hit(self, request):
        """Count one action; ``False`` when it goes over the limit (refuse it).

        Exact under concurrency, across processes: see the module's docstring.
        """
        counter = self._counter(request)
        for _attempt in range(5):
            now = timezone.now()
            if counter.filter(window_ends__gt=now, count__lt=self.limit).update(
                count=F("count") + 1
            ):
                return True
            # No open window with room: reopen an ended one, or open the first one.
            window_ends = now + timedelta(seconds=self.window)
            if counter.filter(window_ends__lte=now).update(count=1, window_ends=window_ends):
                return self.limit >= 1
            if counter.filter(window_ends__gt=now, count__gte=self.limit).exists():
                return False  # an open window, full
            if counter.exists():
                continue  # another process reopened it meanwhile: count in the new window
            try:
                with transaction.atomic():
                    RateLimitCounter.objects.create(
                        scope=self.scope,
                        client=self.client(request),
                        count=1,
                        window_ends=window_ends,
                    )
            except IntegrityError:
                continue  # another process opened it meanwhile: count in that one
            forget_ended_windows(now=now)
            return self.limit >= 1
        return False


def forget_ended_windows(*, now=None):
    """Delete the counters whose window has ended (they count nothing any more); run when a
    new client's counter is created, so the table holds about one row per recent client."""
    return RateLimitCounter.objects.filter(window_ends__lte=now or timezone.now()).delete()[0]
