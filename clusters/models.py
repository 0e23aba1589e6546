"""Clusters, issue areas and practices."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.feeds.routes import SectionFeedsMixin
from egecms.core.labels import agency_labels_for
from egecms.core.listing import SectionIndexPage
from egecms.core.models import Contribution, WorkspacePage
from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.panels import WorkspaceAgenciesPanel
from egecms.core.registry import register_contribution

from .blocks import DocumentsBlock, LinksBlock, PracticeBodyBlock
from .forms import WorkspacePageForm

PURPOSE_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


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


class ClusterPage(WorkspacePage):
    """A cluster: a virtual work space of the Program Managers' Team, led by 1-3 agencies."""

    summary = models.TextField(_("summary"), max_length=500)
    purpose = RichTextField(_("purpose"), features=PURPOSE_FEATURES, blank=True)
    lead_agencies = lead_agencies_field()
    member_agencies = ParentalManyToManyField(
        "egecms_core.Agency",
        verbose_name=_("member agencies"),
        related_name="+",
        blank=True,
        limit_choices_to=canonical_locale_filter,
    )

    parent_page_types = ["clusters.ClusterIndexPage"]
    base_form_class = WorkspacePageForm
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
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
    ]

    class Meta:
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def lead_agency_ids(self):
        return [agency.pk for agency in self.lead_agencies.all()]

    def member_agency_ids(self):
        return [agency.pk for agency in self.member_agencies.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_agencies"] = agency_labels_for(self.lead_agencies.all(), self.locale_id)
        context["member_agencies"] = agency_labels_for(self.member_agencies.all(), self.locale_id)
        return context


class IssueAreaPage(WorkspacePage):
    """An issue area: a work space the Task Force shares with the countries of the region."""

    summary = models.TextField(_("summary"), max_length=500)
    purpose = RichTextField(_("purpose"), features=PURPOSE_FEATURES, blank=True)
    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        verbose_name=_("linked cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_agencies = lead_agencies_field()
    countries = CountryField(
        _("participating countries"), countries=LatinAmericaAndCaribbean, multiple=True, blank=True
    )

    parent_page_types = ["clusters.IssueAreaIndexPage"]
    base_form_class = WorkspacePageForm
    override_translatable_fields = [SynchronizedField("lead_agencies")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cluster"),
        WorkspaceAgenciesPanel("lead_agencies"),
        FieldPanel("countries"),
        FieldPanel("purpose"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("purpose"),
    ]

    class Meta:
        verbose_name = _("issue area")
        verbose_name_plural = _("issue areas")

    def lead_agency_ids(self):
        return [agency.pk for agency in self.lead_agencies.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_agencies"] = agency_labels_for(self.lead_agencies.all(), self.locale_id)
        context["linked_cluster"] = self.cluster.localized if self.cluster_id else None
        context["country_names"] = [country.name for country in self.countries]
        return context


class PracticeLibraryPage(SectionFeedsMixin, SectionIndexPage):
    """Every practice of the locale, newest first (aggregates; owns no content)."""

    subpage_types = []
    listed_model = "clusters.PracticePage"
    aggregates = True

    class Meta:
        verbose_name = _("practice library")


@register_contribution(
    plural_label=_("Practices"),
    section="clusters.PracticeLibraryPage",
    order=10,
    extra={"feed_choice_fields": ["outcome"]},  # feeds say "... practice to adapt / to avoid"
)
class PracticePage(Contribution):
    """A practice worth copying, or one to avoid, with its story and lessons."""

    class Outcome(models.TextChoices):
        ADAPT = "adapt", _("Successful practice to adapt")
        AVOID = "avoid", _("Unsuccessful practice to avoid")

    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome, default=Outcome.ADAPT)
    countries = CountryField(_("countries"), countries=LatinAmericaAndCaribbean, multiple=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the practice took place."),
    )
    body = StreamField(PracticeBodyBlock(), verbose_name=_("story"), blank=True)
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents"), blank=True)
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    card_template = "clusters/cards/practice.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("outcome"),
        FieldPanel("year"),
        *Contribution.contribution_panels,
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("links"),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("body"),
        index.FilterField("outcome"),
    ]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        if not self.countries:
            raise ValidationError(
                {"countries": _("Choose the country (or countries) of this practice.")}
            )

    @property
    def is_to_avoid(self):
        return self.outcome == self.Outcome.AVOID
