"""The stored occurrences of every event: what calendars, listings and feeds query."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

#: An occurrence longer than this is marked :attr:`EventOccurrence.lasts_long`: a window of
#: dates then reads the occurrences that start in it or up to this long before it, and the
#: few long ones, each from an index (not every occurrence that started before the window).
LONG_OCCURRENCE = datetime.timedelta(days=7)


def lasts_long(start, end):
    """Whether an occurrence from ``start`` to ``end`` is longer than :data:`LONG_OCCURRENCE`."""
    return end - start > LONG_OCCURRENCE


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
    lasts_long = models.BooleanField(_("lasts long"), default=False, editable=False)

    class Meta:
        verbose_name = _("event occurrence")
        verbose_name_plural = _("event occurrences")
        ordering = ["start", "pk"]
        indexes = [
            models.Index(fields=["event", "start"]),
            # The few long occurrences, by start (partial: a flag's statistics would hide it).
            models.Index(
                fields=["start"], condition=models.Q(lasts_long=True), name="events_occurrence_long"
            ),
        ]

    def __str__(self):
        return f"{self.event_id} @ {self.start.isoformat()}"

    def save(self, *args, **kwargs):
        self.lasts_long = lasts_long(self.start, self.end)
        super().save(*args, **kwargs)
