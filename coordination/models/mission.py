"""Missions: the trips agencies plan to a country (members only, never public)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.models.canonical import canonical_locale_filter

from ..forms import MissionForm


class Mission(models.Model):
    """A planned trip of one agency to one country, seen only by the member agencies.

    Two missions to the same country on a shared topic whose dates overlap or lie within
    ``EGECMS["MISSION_JOIN_WINDOW_DAYS"]`` are flagged (:mod:`coordination.detection`).
    """

    agency = models.ForeignKey(
        "egecms_core.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=canonical_locale_filter,
    )
    country = CountryField(_("country"), countries=LatinAmericaAndCaribbean)
    cities = models.CharField(_("cities"), max_length=200, blank=True)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(_("end"))
    purpose = models.TextField(_("purpose"))
    topics = models.ManyToManyField(
        "egecms_core.Topic",
        verbose_name=_("topics"),
        related_name="+",
        limit_choices_to=canonical_locale_filter,
    )
    counterpart_institution = models.CharField(
        _("counterpart institution"), max_length=200, blank=True
    )
    open_to_joint_participation = models.BooleanField(
        _("open to joint participation"),
        default=True,
        help_text=_("Other agencies' professionals may join this mission."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    base_form_class = MissionForm
    panels = [
        FieldPanel("agency"),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("cities"), FieldPanel("counterpart_institution")],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("When")),
        FieldPanel("purpose"),
        FieldPanel("topics"),
        FieldPanel("open_to_joint_participation"),
    ]

    class Meta:
        verbose_name = _("mission")
        verbose_name_plural = _("missions")
        ordering = ["start_date", "pk"]

    def __str__(self):
        return f"{self.agency.acronym} — {self.country.name}, {self.start_date:%Y-%m-%d}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A mission cannot end before it starts.")})
