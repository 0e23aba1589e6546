"""Purging the page cache and a CDN in front, once a change is committed.

Both wait for the commit: a reader who renders a page while the change is still being
written sees the old rows, and keeps that page under the generation the commit then ends (a
CDN told before the commit could fetch the old page again). Neither can fail the change: a
cache or CDN that does not answer is logged by Django (``robust``) and by Wagtail.
"""

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from . import generation
from .conf import frontend_cache_configured


def purge_when_committed(addresses=()):
    """Empty the page cache, and tell the CDN to forget ``addresses``, when the current
    transaction commits (at once outside a transaction)."""
    addresses = set(addresses)
    transaction.on_commit(lambda: purge_now(addresses), robust=True)


def purge_now(addresses=()):
    """Empty the page cache (a new generation) and send ``addresses`` to the CDN, if any is
    configured (through Wagtail's front-end cache task)."""
    generation.bump()
    if addresses and frontend_cache_configured():
        PurgeBatch(addresses).purge()
