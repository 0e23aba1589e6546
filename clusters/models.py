"""Clusters (the agencies' work spaces) and issue areas (the spaces shared with countries)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.labels import agency_labels_for
from egecms.core.listing import SectionIndexPage
from egecms.core.models import WorkspacePage
from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.panels import WorkspaceAgenciesPanel

from .forms import WorkspacePageForm


def lead_agencies_field(**kwargs):
    return ParentalManyToManyField(
        "egecms_core.Agency",
        verbose_name=_("lead agencies"),
        related_name="+",
        limit_choices_to=canonical_locale_filter,
        help_text=_("One to three agencies lead a work space; their editors publish in it."),
        **kwargs,
    )


class ClusterIndexPage(SectionIndexPage):
    """The list of the Task Force's clusters."""

    subpage_types = ["clusters.ClusterPage"]
    listed_model = "clusters.ClusterPage"

    class Meta:
        verbose_name = _("cluster index")


class IssueAreaIndexPage(SectionIndexPage):
    """The list of issue areas shared with countries."""

    subpage_types = ["clusters.IssueAreaPage"]
    listed_model = "clusters.IssueAreaPage"

    class Meta:
        verbose_name = _("issue area index")


class SharedSpacePage(WorkspacePage):
    """What a cluster and an issue area share: a summary, a purpose and one to three lead
    agencies, whose editors publish in it."""

    summary = models.TextField(_("summary"), max_length=500)
    purpose = RichTextField(_("purpose"), blank=True)
    lead_agencies = lead_agencies_field()

    base_form_class = WorkspacePageForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
    ]

    class Meta:
        abstract = True

    def lead_agency_ids(self):
        return [agency.pk for agency in self.lead_agencies.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_agencies"] = agency_labels_for(self.lead_agencies.all(), self.locale_id)
        return context


class ClusterPage(SharedSpacePage):
    """A cluster: a virtual work space of the Program Managers' Team, led by 1-3 agencies."""

    member_agencies = ParentalManyToManyField(
        "egecms_core.Agency",
        verbose_name=_("member agencies"),
        related_name="+",
        blank=True,
        limit_choices_to=canonical_locale_filter,
    )

    parent_page_types = ["clusters.ClusterIndexPage"]
    override_translatable_fields = [
        SynchronizedField("lead_agencies"),
        SynchronizedField("member_agencies"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [WorkspaceAgenciesPanel("lead_agencies"), WorkspaceAgenciesPanel("member_agencies")],
            heading=_("Agencies"),
        ),
        FieldPanel("purpose"),
    ]

    class Meta:
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["member_agencies"] = agency_labels_for(self.member_agencies.all(), self.locale_id)
        return context


class IssueAreaPage(SharedSpacePage):
    """An issue area: a work space the Task Force shares with the countries of the region."""

    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        verbose_name=_("linked cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    countries = CountryField(
        _("participating countries"), countries=LatinAmericaAndCaribbean, multiple=True, blank=True
    )

    parent_page_types = ["clusters.IssueAreaIndexPage"]
    override_translatable_fields = [SynchronizedField("lead_agencies")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cluster"),
        WorkspaceAgenciesPanel("lead_agencies"),
        FieldPanel("countries"),
        FieldPanel("purpose"),
    ]

    class Meta:
        verbose_name = _("issue area")
        verbose_name_plural = _("issue areas")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["linked_cluster"] = self.cluster.localized if self.cluster_id else None
        context["country_names"] = [country.name for country in self.countries]
        return context
