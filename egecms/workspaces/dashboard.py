"""The "My workspaces" panel of an editor's dashboard: their spaces and drafts, in their language."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page

from egecms.core.aggregation import under_any
from egecms.core.models import WorkspacePage

MAX_DRAFTS = 8


@dataclass
class WorkspaceEntry:
    """A workspace the user edits: whether they publish in it, and its drafts."""

    page: Page
    can_publish: bool
    drafts: list = field(default_factory=list)


def my_workspaces(user, language_code=None):
    """Workspaces the user may edit, in ``language_code`` (else the default language). Three queries."""
    language_code = language_code or settings.LANGUAGE_CODE
    codenames = {}
    for page_id, codename in GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=["change_page", "publish_page"]
    ).values_list("page_id", "permission__codename"):
        codenames.setdefault(page_id, set()).add(codename)
    if not codenames:
        return []
    pages = [
        page
        for page in Page.objects.filter(
            pk__in=codenames, locale__language_code=language_code
        ).order_by("title")
        if issubclass(page.specific_class, WorkspacePage)
    ]
    if not pages:
        return []
    entries = {
        page.path: WorkspaceEntry(page=page, can_publish="publish_page" in codenames[page.pk])
        for page in pages
    }
    drafts = Page.objects.filter(under_any(entries), has_unpublished_changes=True).order_by(
        "-latest_revision_created_at"
    )[: MAX_DRAFTS * len(entries)]
    for draft in drafts:
        for path, entry in entries.items():
            if draft.path.startswith(path) and len(entry.drafts) < MAX_DRAFTS:
                entry.drafts.append(draft)
                break
    return list(entries.values())


class MyWorkspacesPanel(Component):
    """First on the dashboard of agency editors, program managers and translators."""

    name = "my_workspaces"
    template_name = "egecms_workspaces/my_workspaces_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["workspaces"] = my_workspaces(self.user, get_language())
        return context
