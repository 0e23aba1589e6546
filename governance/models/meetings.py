"""Meetings, who took part, and the decisions taken with each organisation's position."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from egecms.core.models.canonical import canonical_locale_filter

from .bodies import Body


class Meeting(models.Model):
    """A meeting of a body, in person or by conference call."""

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        CALL = "call", _("Conference call")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="meetings"
    )
    starts_at = models.DateTimeField(_("starts at"))
    mode = models.CharField(_("mode"), max_length=20, choices=Mode, default=Mode.IN_PERSON)
    place = models.CharField(_("place"), max_length=200, blank=True)
    agenda = models.TextField(_("agenda"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    public_summary = models.TextField(
        _("public summary"),
        blank=True,
        help_text=_(
            "What the public page shows of this meeting once the summary is published (never "
            "its agenda, minutes or attendance)."
        ),
    )
    summary_published_at = models.DateTimeField(_("summary published at"), null=True, blank=True)
    # {language code: {"agenda": ..., "minutes": ..., "place": ..., "public_summary": ...}}
    translations = models.JSONField(_("translations"), default=dict, blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]

    def __str__(self):
        return f"{self.body} {self.starts_at:%Y-%m-%d}"


class Attendance(models.Model):
    """Whether one member took part in a meeting."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        BY_CALL = "by_call", _("By call")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    TAKING_PART = (Status.PRESENT, Status.BY_CALL)

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendances"
    )
    membership = models.ForeignKey(
        "governance.Membership",
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "membership"], name="one_attendance")
        ]

    def __str__(self):
        return f"{self.membership.user} {self.status}"


class Decision(models.Model):
    """A decision of a meeting; those of the consensus kinds need every member organisation."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("Ordinary decision")
        ACTION_PLAN = "action_plan", _("Approval of the action plan")
        ACCESSION = "accession", _("Accession of a new member")
        EVALUATION = "evaluation", _("Evaluation of the Task Force")

    CONSENSUS = (Kind.ACTION_PLAN, Kind.ACCESSION, Kind.EVALUATION)

    class Outcome(models.TextChoices):
        DISSOLVE = "dissolve", _("Dissolve")
        STRENGTHEN = "strengthen", _("Strengthen")
        TRANSFORM = "transform", _("Transform")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="decisions"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.ORDINARY)
    text = models.TextField(_("text"))
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    subject_agency = models.ForeignKey(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("organisation joining"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action_plan = models.ForeignKey(
        "governance.ActionPlan",
        verbose_name=_("action plan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    outcome = models.CharField(_("evaluation outcome"), max_length=20, choices=Outcome, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    passed_at = models.DateTimeField(_("passed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["meeting__starts_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"

    @property
    def needs_consensus(self):
        return self.kind in self.CONSENSUS


class Position(models.Model):
    """How one organisation stood on a decision."""

    class Stance(models.TextChoices):
        AGREE = "agree", _("Agrees")
        OBJECT = "object", _("Objects")
        ABSTAIN = "abstain", _("Abstains")

    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="positions"
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    stance = models.CharField(_("position"), max_length=20, choices=Stance)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        constraints = [
            models.UniqueConstraint(fields=["decision", "agency"], name="one_position_per_org")
        ]

    def __str__(self):
        return f"{self.agency.acronym}: {self.stance}"
