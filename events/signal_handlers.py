"""Receivers of the events app (connected in :meth:`EventsConfig.ready`)."""

from wagtail.models import Page

from egecms.core.models import WorkspacePage

from .calendar_filters import forget_workspace_options
from .models.event import SCHEDULE_FIELDS
from .schedule import store_occurrences


def workspace_changed(sender, instance=None, **kwargs):
    """The calendar's list of work spaces is cached: a work space going live, leaving,
    moving or being deleted empties it."""
    if isinstance(instance, Page) and isinstance(instance.specific_deferred, WorkspacePage):
        forget_workspace_options()


def store_schedule(sender, instance, raw=False, update_fields=None, **kwargs):
    """The occurrences of an event follow what its page row holds: created, copied, published.

    Wagtail saves a page row inside a transaction, so the row and its occurrences change
    together; a draft is saved as a revision (the row's schedule untouched) and stores nothing.
    """
    if raw:
        return
    if update_fields is None or SCHEDULE_FIELDS.intersection(update_fields):
        store_occurrences(instance)
