"""Search documents follow their pages: publish, unpublish, move, view restrictions.

Each change enqueues a task (:mod:`.tasks`) that reaches a real queue when the change
commits; inside ``documents.deferred()`` (the demo loader) nothing is enqueued.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import documents, kept_counts, tasks
from .models import SearchDocument


def on_published(sender, instance, **kwargs):
    if not documents.is_deferred():
        tasks.sync_page_document.enqueue(instance.pk)


def on_unpublished(sender, instance, **kwargs):
    if not documents.is_deferred():
        tasks.remove_page_document.enqueue(instance.pk)


def on_moved(sender, instance, **kwargs):
    if not documents.is_deferred():
        tasks.sync_subtree_documents.enqueue(instance.pk)


def on_restriction_changed(sender, instance, **kwargs):
    if not documents.is_deferred():
        tasks.sync_subtree_documents.enqueue(instance.page_id)


def connect():
    page_published.connect(on_published, dispatch_uid="egecms_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="egecms_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="egecms_search_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            kept_counts.documents_changed,
            sender=SearchDocument,
            dispatch_uid=f"egecms_search_kept_counts_{signal is post_save}",
        )
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"egecms_search_restriction_{signal is post_save}",
        )
