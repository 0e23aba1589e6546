"""Cached values that one call empties at once: a version number in every key.

``get_or_compute("labels", suffix, compute)`` keeps what ``compute()`` returns under
``egecms:labels:<version>:<suffix>``; ``forget("labels")`` moves the version on, so every
value of that family is recomputed on its next read (the old ones simply expire).
"""

from django.core.cache import cache

TIMEOUT_SECONDS = 60 * 60


def _version(family):
    return cache.get_or_set(f"egecms:{family}:version", 1, timeout=None)


def get_or_compute(family, suffix, compute, *, timeout=TIMEOUT_SECONDS):
    """The cached value of ``family`` for ``suffix``, computing and storing it when absent."""
    key = f"egecms:{family}:{_version(family)}:{suffix}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value


def forget(family):
    """Drop every cached value of ``family``."""
    try:
        cache.incr(f"egecms:{family}:version")
    except ValueError:
        cache.set(f"egecms:{family}:version", 1, timeout=None)
