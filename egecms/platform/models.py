"""The inter-agency platform: a section only member agencies can see, and its documents.

Who may see it is not set here: provisioning (``workspaces.yaml``) puts a view restriction on
every copy of the platform page, for the groups of the member agencies and the editorial board.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from egecms.core.safe_urls import validate_rich_text_links


class PlatformPermissionTester(PagePermissionTester):
    """Nobody but a superuser changes who may see the platform: its editors could otherwise
    make it public with Wagtail's privacy setting."""

    def can_set_view_restrictions(self):
        return self.user.is_superuser and super().can_set_view_restrictions()


class PlatformPage(Page):
    """The root of the limited-access section, under the topic page of each language."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["egecms_core.TopicPage"]
    subpage_types = ["egecms_platform.InternalDocumentPage"]
    max_count_per_parent = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("inter-agency platform")

    def permissions_for_user(self, user):
        return PlatformPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = (
            InternalDocumentPage.objects.live().child_of(self).order_by("-date", "title")
        )
        return context


class InternalDocumentPage(Page):
    """An internal document of the Task Force: the action plan, meeting notes, a report."""

    class Kind(models.TextChoices):
        ACTION_PLAN = "action_plan", _("Action plan")
        MEETING_NOTES = "meeting_notes", _("Meeting notes")
        REPORT = "report", _("Report")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.REPORT)
    date = models.DateField(_("date"), default=datetime.date.today)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    body = RichTextField(_("text"), validators=[validate_rich_text_links], blank=True)
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("attachments"),
        blank=True,
    )

    parent_page_types = ["egecms_platform.PlatformPage"]
    subpage_types = []
    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("internal document")
        verbose_name_plural = _("internal documents")

    def permissions_for_user(self, user):
        return PlatformPermissionTester(user, self)
