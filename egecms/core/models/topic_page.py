from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, get_page_models

from ..cards import latest_contributions
from ..permissions import PublishingPolicyMixin
from ..safe_urls import validate_rich_text_links
from ..workflows import WorkflowChoiceMixin


class TopicPage(PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """The shared public e-Government topic page: one per locale, root of that locale's tree."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), validators=[validate_rich_text_links], blank=True)

    parent_page_types = ["wagtailcore.Page"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("e-Government topic page")
        verbose_name_plural = _("e-Government topic pages")

    @classmethod
    def clean_subpage_models(cls):
        # Sections come from content apps, which name the topic page as their parent; the core
        # cannot list them, but it can refuse Wagtail's bare Page type.
        return [model for model in get_page_models() if model is not Page]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        per_type = settings.EGECMS.get("TOPIC_PAGE_LATEST_PER_TYPE", 6)
        context["contribution_sections"] = latest_contributions(
            topic_page=self, locale=self.locale_id, per_type=per_type, request=request
        )
        return context
