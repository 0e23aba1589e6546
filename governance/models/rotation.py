"""The Program Manager Coordinator and the Coordinator Assistants, by rotation."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from egecms.core.models.canonical import canonical_locale_filter


class Appointment(models.Model):
    """A coordinator or an assistant contributed by an organisation for a period."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Program Manager Coordinator")
        ASSISTANT = "assistant", _("Coordinator Assistant")

    role = models.CharField(_("role"), max_length=20, choices=Role)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="governance_appointments",
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        ordering = ["-start", "role"]

    def __str__(self):
        return f"{self.get_role_display()}: {self.user} ({self.agency.acronym})"

    def overlaps(self, start, end):
        return self.start <= end and start <= self.end
