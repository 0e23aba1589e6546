"""The two bodies (Task Force, Program Managers Team) and who sits on them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from egecms.core.models.canonical import canonical_locale_filter


class Body(models.Model):
    """The Task Force or the Program Managers Team (one row each)."""

    class Kind(models.TextChoices):
        TASK_FORCE = "task_force", _("Task Force")
        PMT = "pmt", _("Program Managers Team")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, unique=True)
    started_on = models.DateField(
        _("started on"), help_text=_("The start of the body's term (the Task Force: two years).")
    )

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["kind"]

    def __str__(self):
        return str(self.get_kind_display())


class Membership(models.Model):
    """A person on a body for their organisation, for a term."""

    class Role(models.TextChoices):
        REPRESENTATIVE = "representative", _("Senior representative")
        MANAGER = "manager", _("Program manager")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="governance_memberships",
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    term_start = models.DateField(_("term start"))
    term_end = models.DateField(_("term end"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["body", "agency__acronym", "term_start"]

    def __str__(self):
        return f"{self.user} ({self.agency.acronym}, {self.body})"

    def is_active_on(self, day):
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)
