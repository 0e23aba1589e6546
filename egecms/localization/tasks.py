"""The translation sync after an original is published, as a background task."""

from django.contrib.auth import get_user_model
from django_tasks import task
from wagtail.models import Page

from .sync import sync_translations


@task()
def sync_translations_of(page_id, user_id=None):
    """Give every other language its translation of page ``page_id`` (as published); the
    number of languages synced (0 if the page is gone)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    return len(sync_translations(page, user=user))
