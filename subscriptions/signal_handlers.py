"""Subscriptions follow publishing: each item published reaches the subscriptions that hear
of items as they come (their digest is built by a task, after the item's search document)."""

from wagtail.signals import page_published

from egecms.core.registry import contribution_types
from egecms.search.documents import is_deferred

from . import tasks


def on_published(sender, instance, **kwargs):
    if is_deferred() or type(instance) not in contribution_types:
        return
    tasks.send_immediate_digests.enqueue()


def connect():
    page_published.connect(on_published, dispatch_uid="subscriptions_published")
