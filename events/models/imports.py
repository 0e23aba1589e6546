"""Where an imported event came from, so re-importing a feed updates rather than duplicates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedEvent(models.Model):
    """Links an event page to its source: a feed's ``UID`` in one work space.

    ``fingerprint`` is the hash of what the feed said at the last import; ``revision`` is the
    revision that import wrote. A later revision means an editor has changed the event since,
    and the importer leaves it alone.
    """

    #: Empty once an editor has deleted the event: re-importing the feed does not bring it back.
    event = models.OneToOneField(
        "events.EventPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_record",
    )
    space = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    uid = models.CharField(_("iCalendar UID"), max_length=255)
    source = models.CharField(_("feed"), max_length=500)
    fingerprint = models.CharField(max_length=64)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported event")
        verbose_name_plural = _("imported events")
        constraints = [
            models.UniqueConstraint(fields=["space", "uid"], name="events_imported_uid_per_space")
        ]

    def __str__(self):
        return self.uid
