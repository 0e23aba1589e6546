"""A Redis cache whose outage is a miss, not an error page.

Everything this platform keeps in its cache (whole pages, labels, versioned values, the
request form's counters, the page cache's generation) can be recomputed or done without, so a
Redis that is down or unreachable must not turn pages into 500s. ``ResilientRedisCache`` is
Django's own ``RedisCache`` with each operation answering as if the key were absent when the
server cannot be reached: ``get`` its default, ``get_many`` nothing, ``add``/``delete``/
``touch``/``has_key`` ``False``, ``set`` and ``clear`` nothing, ``incr`` the ``ValueError`` of
a missing key. The outage is logged once, when it starts, and once more when the server
answers again. ``egecms.settings.base`` puts it in place of ``RedisCache`` for ``CACHE_URL``.
"""

import functools
import logging
import threading

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)


class CacheOutage:
    """Whether the cache server is known to be down, so that an outage is logged once."""

    def __init__(self):
        self._lock = threading.Lock()
        self.down = False

    def failed(self, operation, error):
        with self._lock:
            if self.down:
                return
            self.down = True
        # No address: CACHE_URL may carry a password.
        logger.warning(
            "Cache server unreachable (%s: %s); answering as a cache miss until it is back",
            operation,
            type(error).__name__,
        )

    def succeeded(self):
        if not self.down:
            return
        with self._lock:
            self.down = False
        logger.warning("Cache server reachable again")


def _as_miss(operation, on_outage):
    """Wrap ``RedisCache.<operation>``: an outage returns ``on_outage(args, kwargs)``."""
    original = getattr(RedisCache, operation)

    @functools.wraps(original)
    def method(self, *args, **kwargs):
        try:
            result = original(self, *args, **kwargs)
        except OUTAGE_ERRORS as error:
            self.outage.failed(operation, error)
            return on_outage(args, kwargs)
        self.outage.succeeded()
        return result

    return method


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _missing_key(args, kwargs):
    raise ValueError(f"Key {args[0]!r} not found (cache unreachable)")


class ResilientRedisCache(RedisCache):
    """Django's ``RedisCache``; a server it cannot reach reads as an empty cache."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.outage = CacheOutage()

    get = _as_miss("get", _default)
    get_many = _as_miss("get_many", lambda args, kwargs: {})
    add = _as_miss("add", lambda args, kwargs: False)
    set = _as_miss("set", lambda args, kwargs: None)
    set_many = _as_miss("set_many", lambda args, kwargs: [])
    touch = _as_miss("touch", lambda args, kwargs: False)
    delete = _as_miss("delete", lambda args, kwargs: False)
    delete_many = _as_miss("delete_many", lambda args, kwargs: None)
    has_key = _as_miss("has_key", lambda args, kwargs: False)
    incr = _as_miss("incr", _missing_key)
    clear = _as_miss("clear", lambda args, kwargs: None)
