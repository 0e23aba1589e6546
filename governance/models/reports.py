"""Implementation reports the PMT submits before each Task Force meeting."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImplementationReport(models.Model):
    """The PMT's report for one Task Force meeting (due 14 days before it)."""

    meeting = models.OneToOneField(
        "governance.Meeting",
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="report",
    )
    text = models.TextField(_("report"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)

    class Meta:
        verbose_name = _("implementation report")
        verbose_name_plural = _("implementation reports")

    def __str__(self):
        return f"{self._meta.verbose_name}: {self.meeting}"
