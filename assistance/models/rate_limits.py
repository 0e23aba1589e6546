"""The rate limit's counters, one row per client and scope, in the database every app server
shares (a local-memory cache is one counter per process: 4 gunicorn workers let 20 of 50
simultaneous submissions through a limit of 5)."""

from django.db import models


class RateLimitCounter(models.Model):
    """How many counted actions one client made in its current window (see ``ratelimit``).

    ``client`` is a digest of the address, never the address itself.
    """

    scope = models.CharField(max_length=50)
    client = models.CharField(max_length=64)
    count = models.PositiveIntegerField(default=0)
    window_ends = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "client"], name="unique_rate_limit_counter")
        ]

    def __str__(self):
        return f"{self.scope}:{self.client[:8]}"
