"""Receivers of the translation workflows (connected in :meth:`LocalizationConfig.ready`)."""

from django.conf import settings

from .sync import is_original, is_suspended
from .tasks import sync_translations_of


def on_page_published(sender, instance, revision=None, **kwargs):
    """An original published: its translations follow (marked outdated, offered again), in a
    task that reaches a real queue when the publication commits."""
    if not settings.EGECMS.get("SYNC_TRANSLATIONS_ON_PUBLISH", False):
        return
    if is_suspended() or not is_original(instance):
        return
    sync_translations_of.enqueue(instance.pk, getattr(revision, "user_id", None))
