import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..cards import build_cards, workspace_contributions
from ..countries import LatinAmericaAndCaribbean
from ..forms import ContributionPageForm
from ..permissions import PublishingPolicyMixin
from ..registry import workspace_types
from ..workflows import WorkflowChoiceMixin
from .canonical import canonical_locale_filter


class WorkspacePage(PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """A work space that owns contributions: a cluster, an issue area or an agency's space.

    Contribution types live under any workspace type by default; the core finds the concrete
    workspace types by this base class, so it never names a content app.
    """

    #: Found by :func:`egecms.core.registry.workspace_types`.
    is_workspace = True
    #: An agency's own space (rather than a space agencies share): where its editors start.
    is_agency_space = False

    class Meta:
        abstract = True

    @classmethod
    def clean_subpage_models(cls):
        if getattr(cls, "subpage_types", None) is not None:
            return super().clean_subpage_models()
        # Contribution types name their workspaces as parents; Wagtail's bare Page is refused.
        return [model for model in get_page_models() if model is not Page]

    def lead_agency_ids(self):
        """Ids of the (canonical) agencies that lead this workspace and publish in it."""
        return []

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        context["contribution_sections"] = workspace_contributions(self, request=request)
        return context


def workspace_of(page):
    """The closest workspace (cluster, issue area, agency space) holding ``page``, or None."""
    for ancestor in page.get_ancestors(inclusive=True).order_by("-depth"):
        if issubclass(ancestor.specific_class, WorkspacePage):
            return ancestor.specific
    return None


class Contribution(PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """The contract every contribution page type takes (practice, service, event, ...).

    It carries what the shared pages aggregate by: contributing agencies, countries, topics,
    a summary and a date, and names the template of its card in listings.
    """

    #: What the registry checks (``register_contribution``).
    is_contribution = True

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences shown on cards, in search results and in feeds."),
    )
    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("Date of the contribution, used to order listings."),
        # Listings show the newest few: read in date order, not sorted out of every page.
        db_index=True,
    )
    agencies = ParentalManyToManyField(
        "egecms_core.Agency",
        verbose_name=_("agencies"),
        related_name="%(app_label)s_%(class)s_set",
        limit_choices_to=canonical_locale_filter,
    )
    countries = CountryField(
        _("countries"), countries=LatinAmericaAndCaribbean, multiple=True, blank=True
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through="egecms_core.PageTopic", blank=True
    )

    card_template = "egecms_core/cards/contribution.html"
    base_form_class = ContributionPageForm

    contribution_panels = [
        FieldPanel("summary"),
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("agencies"), FieldPanel("countries"), FieldPanel("topics")],
            heading=_("Agencies, countries and topics"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("date"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        SynchronizedField("agencies"),
        SynchronizedField("countries"),
        SynchronizedField("date"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        # The page's own agencies, topics and countries, named in its locale.
        context["card"] = build_cards([self], locale=self.locale_id, request=request)[0]
        return context

    @classmethod
    def listed(cls, queryset):
        """Narrow the live pages shown in shared listings (e.g. only active services)."""
        return queryset

    @classmethod
    def first_listed(cls, queryset, count):
        """The first ``count`` pages of a :meth:`listed` queryset, as a list (a type whose
        order is costly to work out for every page may read fewer, e.g. events)."""
        return list(queryset[:count])

    @classmethod
    def clean_parent_page_models(cls):
        if getattr(cls, "parent_page_types", None) is not None:
            return super().clean_parent_page_models()
        return workspace_types()
