"""Search documents follow their pages: publish, unpublish, move, view restrictions."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import documents


def on_published(sender, instance, **kwargs):
    documents.sync_page(instance)


def on_unpublished(sender, instance, **kwargs):
    documents.remove_page(instance)


def on_moved(sender, instance, **kwargs):
    documents.sync_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    documents.sync_subtree(instance.page)


def connect():
    page_published.connect(on_published, dispatch_uid="egecms_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="egecms_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="egecms_search_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"egecms_search_restriction_{signal is post_save}",
        )
