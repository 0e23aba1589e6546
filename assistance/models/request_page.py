"""The public page where countries post requests for assistance (one per topic page)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from egecms.core.permissions import PublishingPolicyMixin
from egecms.core.safe_urls import validate_rich_text_links
from egecms.core.workflows import WorkflowChoiceMixin

from ..views import public


class AssistanceRequestPage(RoutablePageMixin, PublishingPolicyMixin, WorkflowChoiceMixin, Page):
    """A section of the topic page: the request form, its confirmation and the status page.

    Routes: ``""`` the form (GET, POST), ``thanks/<reference>/`` the confirmation shown to the
    browser that sent it, ``status/<token>/`` the requester's private status page (the signed
    link of the acknowledgement e-mail). The logic lives in the ``assistance`` app's modules.
    """

    intro = RichTextField(_("introduction"), validators=[validate_rich_text_links], blank=True)
    privacy_notice = RichTextField(
        _("privacy notice"),
        validators=[validate_rich_text_links],
        help_text=_(
            "What is kept, who sees the requester's contact data and for how long. Requesters "
            "consent to it; the version they saw is recorded with each request."
        ),
    )

    parent_page_types = ["egecms_core.TopicPage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("privacy_notice")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("assistance request page")
        verbose_name_plural = _("assistance request pages")

    def get_template(self, request, *args, **kwargs):
        return "assistance/form_page.html"

    @path("", name="form")
    def request_form(self, request):
        return public.request_form(request, page=self)

    @path("thanks/<str:reference>/", name="thanks")
    def thanks(self, request, reference):
        return public.thanks(request, page=self, reference=reference)

    @path("status/<str:token>/", name="status")
    def status(self, request, token):
        return public.request_status(request, page=self, token=token)
