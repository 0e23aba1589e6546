"""The stored occurrences of every event: what calendars, listings and feeds query."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventOccurrence(models.Model):
    """One occurrence of an event page (of one locale's copy), derived from its schedule.

    Rows are re-computed whenever the page row's schedule is saved (see
    :func:`events.schedule.store_occurrences`); editors never edit them.
    """

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    original_start = models.DateTimeField(_("planned start"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    moved = models.BooleanField(_("moved"), default=False)

    class Meta:
        verbose_name = _("event occurrence")
        verbose_name_plural = _("event occurrences")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["event", "start"])]

    def __str__(self):
        return f"{self.event_id} @ {self.start.isoformat()}"
