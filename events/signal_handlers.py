"""Receivers of the events app (connected in :meth:`EventsConfig.ready`)."""

from wagtail.models import Page

from egecms.core.models import WorkspacePage

from .calendar_filters import forget_workspace_options


def workspace_changed(sender, instance=None, **kwargs):
    """The calendar's list of work spaces is cached: a work space going live, leaving,
    moving or being deleted empties it."""
    if isinstance(instance, Page) and isinstance(instance.specific_deferred, WorkspacePage):
        forget_workspace_options()
