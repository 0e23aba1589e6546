"""The public search page of a locale: words, facets and results (owns no content)."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from egecms.core.permissions import PublishingPolicyMixin
from egecms.core.workflows import WorkflowChoiceMixin

from ..query import SearchState, run_search


class SearchPage(PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """Searches every contribution of its locale (see ``egecms.search``)."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["egecms_core.TopicPage"]
    subpage_types = []
    max_count_per_parent = 1
    is_site_search = True  # the header's search box leads here
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "egecms_search/search_page.html"

    class Meta:
        verbose_name = _("search page")
        verbose_name_plural = _("search pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        state = SearchState.from_querydict(request.GET)
        # The reader's language is the page's (the URL's prefix): no query for the locale.
        language = translation.get_language() or settings.LANGUAGE_CODE
        context["search"] = run_search(state, self.locale_id, language)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["search"].unavailable:
            response.status_code = 503
            response["Retry-After"] = "60"
            patch_cache_control(response, no_cache=True)
        return response
