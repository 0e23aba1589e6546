"""The page cache's generation: a token in every key, so one write empties the whole cache.

Every change a page may show moves the generation on (:func:`bump`); pages kept under the
previous one are never read again and expire by themselves. The token is random rather than
a counter, so a generation lost from the cache (evicted, a Redis restart) can never come back
and revive pages kept under it; with Redis it is shared by every process. ``purged_at`` is
when it started: nothing shown by a page kept under it has changed since, an honest
``Last-Modified``.
"""

import time
import uuid
from dataclasses import dataclass

from .conf import page_cache

KEY = "egecms:pagecache:generation"


@dataclass(frozen=True)
class Generation:
    """The current generation of the page cache."""

    token: str
    purged_at: float  # seconds since the epoch


def _new():
    return Generation(token=uuid.uuid4().hex, purged_at=time.time())


def current():
    """The current generation (a new one when none is kept: everything starts afresh)."""
    generation = page_cache().get(KEY)
    if generation is None:
        generation = _new()
        # add(): of two processes starting a generation at once, both use the first one kept.
        if not page_cache().add(KEY, generation, timeout=None):
            generation = page_cache().get(KEY) or generation
    return generation


def bump():
    """Start a new generation: every page kept so far is out of the cache at once."""
    generation = _new()
    page_cache().set(KEY, generation, timeout=None)
    return generation
