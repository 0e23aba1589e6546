"""One import of an iCalendar feed, asked for in the admin (or by ``import_ical --queue``) and
carried out by a background task (``events.tasks``): what was asked and what happened."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedImport(models.Model):
    """An import waiting for the worker, running, done (with its report) or failed (with the
    problems that stopped it; nothing is then imported)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    space = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(_("feed"), max_length=500)
    #: The bytes of an uploaded file (a feed address is fetched by the task); emptied once done.
    feed = models.BinaryField(null=True, editable=False)
    allow_private_hosts = models.BooleanField(default=False)
    dry_run = models.BooleanField(_("dry run"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    #: ``[{action, uid, title, reason, page_id}]``, in the feed's order.
    results = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    problems = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("feed import")
        verbose_name_plural = _("feed imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.source} → {self.space_id} ({self.status})"

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
