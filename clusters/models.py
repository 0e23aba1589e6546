"""Clusters (the agencies' work spaces) and issue areas (the spaces shared with countries)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.labels import workspace_agency_labels
from egecms.core.listing import SectionIndexPage
from egecms.core.models import WorkspaceAgency, WorkspacePage, workspace_agency_ids
from egecms.core.panels import WorkspaceAgenciesSummaryPanel
from egecms.core.safe_urls import validate_rich_text_links


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
    agencies, whose editors publish in it. Who leads (and who is a member) is not page
    content: ``workspaces.yaml`` says it, and provisioning applies it (see
    ``egecms.core.models.workspace_agencies``)."""

    summary = models.TextField(_("summary"), max_length=500)
    purpose = RichTextField(_("purpose"), validators=[validate_rich_text_links], blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
    ]

    class Meta:
        abstract = True

    def lead_agency_ids(self):
        return workspace_agency_ids(self, WorkspaceAgency.Role.LEAD)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_agencies"] = workspace_agency_labels(self, WorkspaceAgency.Role.LEAD)
        return context


class ClusterPage(SharedSpacePage):
    """A cluster: a virtual work space of the Program Managers' Team, led by 1-3 agencies."""

    parent_page_types = ["clusters.ClusterIndexPage"]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        WorkspaceAgenciesSummaryPanel(heading=_("Agencies")),
        FieldPanel("purpose"),
    ]

    class Meta:
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["member_agencies"] = workspace_agency_labels(self, WorkspaceAgency.Role.MEMBER)
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
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cluster"),
        WorkspaceAgenciesSummaryPanel(heading=_("Agencies")),
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
