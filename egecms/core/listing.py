"""Section pages under the topic page: indexes of workspaces and aggregates of contributions."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .aggregation import contribution_queryset, restricted_q
from .cards import build_cards
from .filters import ContributionFilterSet
from .labels import LocaleLabels
from .paging import window
from .permissions import PublishingPolicyMixin
from .workflows import WorkflowChoiceMixin

PAGE_SIZE = 24


class SectionIndexPage(PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """A section of the topic page (abstract).

    ``listed_model`` names the page type it lists. With ``aggregates = True`` it gathers that
    contribution type from every workspace of its locale; otherwise it lists its own children.
    """

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["egecms_core.TopicPage"]
    max_count_per_parent = 1
    listed_model = None
    aggregates = False
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # A section type may have its own template; otherwise the shared one serves.
        return [
            super().get_template(request, *args, **kwargs),
            "egecms_core/section_index_page.html",
        ]

    def get_listed_model(self):
        return apps.get_model(self.listed_model)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.aggregates:
            context.update(self.aggregate_context(request))
        else:
            context["children"] = (
                self.get_children().live().type(self.get_listed_model()).specific()
            )
        return context

    def aggregate_context(self, request):
        model = self.get_listed_model()
        labels = LocaleLabels.load(self.locale_id)
        filters = ContributionFilterSet(
            request.GET,
            queryset=contribution_queryset(
                model, locale=self.locale_id, exclude_q=restricted_q(request)
            ),
            labels=labels,
        )
        # No COUNT of the whole listing: one query for the page and whether another follows.
        page_obj = window(filters.qs, number=request.GET.get("page"), size=PAGE_SIZE)
        return {
            "filters": filters,
            "page_obj": page_obj,
            "cards": build_cards(
                page_obj.object_list, locale=self.locale_id, labels=labels, request=request
            ),
        }
