"""Overlap flags: two missions or two activities of different agencies that overlap, shown to
the program managers of the agencies concerned, and the joint missions they agree on."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from egecms.core.countries import LatinAmericaAndCaribbean


class OverlapFlag(models.Model):
    """Two missions (or two activities) of different agencies in the same country, on a
    shared topic, at (about) the same time. Found by :mod:`coordination.detection`."""

    class Kind(models.TextChoices):
        MISSIONS = "missions", _("Missions")
        ACTIVITIES = "activities", _("Activities")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        JOINT = "joint", _("Joint mission proposed")
        CLOSED = "closed", _("Closed")

    class CloseReason(models.TextChoices):
        NOT_A_DUPLICATE = "not_a_duplicate", _("Not a duplicate")
        COORDINATED_OUTSIDE = "coordinated_outside", _("Coordinated outside the platform")
        JOINT_MISSION_HELD = "joint_mission_held", _("Joint mission held")
        OTHER = "other", _("Other reason")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.OPEN)
    first_mission = models.ForeignKey(
        "coordination.Mission", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    second_mission = models.ForeignKey(
        "coordination.Mission", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    first_activity = models.ForeignKey(
        "coordination.ActivityPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    second_activity = models.ForeignKey(
        "coordination.ActivityPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    country = CountryField(_("country"), countries=LatinAmericaAndCaribbean)
    agencies = models.ManyToManyField(
        "egecms_core.Agency", verbose_name=_("agencies"), related_name="+"
    )
    topics = models.ManyToManyField("egecms_core.Topic", verbose_name=_("topics"), related_name="+")
    days_apart = models.PositiveIntegerField(_("days apart"), default=0)
    created_at = models.DateTimeField(_("found"), auto_now_add=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("joint mission proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField(_("joint mission proposed"), null=True, blank=True)
    close_reason = models.CharField(
        _("reason for closing"), max_length=30, choices=CloseReason, blank=True
    )
    close_note = models.TextField(_("note"), blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reopened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reopened_at = models.DateTimeField(_("reopened"), null=True, blank=True)

    class Meta:
        verbose_name = _("overlap")
        verbose_name_plural = _("overlaps")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["first_mission", "second_mission"],
                condition=Q(kind="missions"),
                name="coordination_one_flag_per_mission_pair",
            ),
            models.UniqueConstraint(
                fields=["first_activity", "second_activity"],
                condition=Q(kind="activities"),
                name="coordination_one_flag_per_activity_pair",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.first} / {self.second}"

    @property
    def first(self):
        return self.first_mission if self.kind == self.Kind.MISSIONS else self.first_activity

    @property
    def second(self):
        return self.second_mission if self.kind == self.Kind.MISSIONS else self.second_activity

    @property
    def is_open(self):
        return self.status != self.Status.CLOSED


class JointParticipant(models.Model):
    """An agency that joined the joint mission proposed on a flag, and who said so."""

    flag = models.ForeignKey(OverlapFlag, on_delete=models.CASCADE, related_name="participants")
    agency = models.ForeignKey("egecms_core.Agency", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("joint mission participant")
        verbose_name_plural = _("joint mission participants")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["flag", "agency"], name="coordination_one_participation_per_agency"
            )
        ]

    def __str__(self):
        return f"{self.agency} ({self.joined_at:%Y-%m-%d})"
