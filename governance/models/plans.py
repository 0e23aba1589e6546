"""The yearly action plan, its activities by quarter, and each organisation's commitments."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from egecms.core.models.canonical import canonical_locale_filter

QUARTER = [MinValueValidator(1), MaxValueValidator(4)]


class ActionPlan(models.Model):
    """The plan the PMT prepares for a year and the Task Force approves by consensus."""

    year = models.PositiveIntegerField(_("year"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-year"]

    def __str__(self):
        return self.title


class Activity(models.Model):
    """An activity of the plan, from one quarter to another, led by one or more agencies."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        UNDER_WAY = "under_way", _("Under way")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    number = models.CharField(_("number"), max_length=10)
    title = models.CharField(_("title"), max_length=200)
    strategic_area = models.CharField(_("strategic area"), max_length=200, blank=True)
    expected_outcomes = models.TextField(_("expected outcomes"), blank=True)
    first_quarter = models.PositiveSmallIntegerField(_("first quarter"), validators=QUARTER)
    last_quarter = models.PositiveSmallIntegerField(_("last quarter"), validators=QUARTER)
    agencies = models.ManyToManyField(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("responsible organisations"),
        related_name="+",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PLANNED)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    translations = models.JSONField(_("translations"), default=dict, blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["plan", "number"]

    def __str__(self):
        return f"{self.number} {self.title}"


class Commitment(models.Model):
    """What one organisation committed to share in a quarter of the plan."""

    class Kind(models.TextChoices):
        # the keys of the core's contribution registry
        PRACTICES = "practices.practicepage", _("Practices")
        SERVICES = "services.servicepage", _("Services")
        EVENTS = "events.eventpage", _("Events")

    plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("action plan"),
        on_delete=models.CASCADE,
        related_name="commitments",
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        limit_choices_to=canonical_locale_filter,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    quarter = models.PositiveSmallIntegerField(_("quarter"), validators=QUARTER)
    kind = models.CharField(_("what"), max_length=60, choices=Kind)
    count = models.PositiveSmallIntegerField(_("how many"))

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "quarter", "kind"], name="one_commitment_per_quarter"
            )
        ]

    def __str__(self):
        return f"{self.agency.acronym} Q{self.quarter}: {self.count} {self.get_kind_display()}"
