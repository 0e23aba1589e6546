"""Counting the model instances a block of code builds, for tests that bound the work a page
does without timing it: a page that reads only what it shows builds about as many rows
whatever the amount of content."""

from collections import Counter
from contextlib import contextmanager

from django.db.models.signals import post_init


@contextmanager
def counted_instances():
    """``Counter`` of the model instances built inside the block (read from the database or
    not), by model class."""
    counts = Counter()

    def count(sender, **kwargs):
        counts[sender] += 1

    post_init.connect(count, weak=False, dispatch_uid="tests.instances.counted_instances")
    try:
        yield counts
    finally:
        post_init.disconnect(dispatch_uid="tests.instances.counted_instances")
