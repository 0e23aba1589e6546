"""Where the page explorer opens for an agency editor: on their own space, in their language.

Wagtail opens it on the closest common ancestor of every page a user may edit; an agency edits
its space in four language trees, so that ancestor is the root of the whole site. This opens it
instead on the user's agency space in their admin language (or, for someone without one, on
their only work space, or on the part of their language's tree that holds their spaces).
"""

from django.conf import settings
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page

from .dashboard import my_workspaces
from .models import agency_ids_of


def _language_of(user):
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile else None
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def explorer_start_page(user):
    """The page the explorer opens on for ``user``, or None to keep Wagtail's choice."""
    if user.is_superuser:
        return None
    pages = [entry.page for entry in my_workspaces(user, _language_of(user))]
    if not pages:
        return None
    agencies = agency_ids_of(user)
    for page in pages:
        specific = page.specific_deferred
        if (
            getattr(specific, "is_agency_space", False)
            and set(specific.lead_agency_ids()) <= agencies
        ):
            return page
    if len(pages) == 1:
        return pages[0]
    return Page.objects.first_common_ancestor_of(pages, include_self=True, strict=True)


class WorkspaceExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Pages" menu item, opening on :func:`explorer_start_page`."""

    def _start_page(self, request):
        if not hasattr(request, "_egecms_explorer_start"):
            request._egecms_explorer_start = explorer_start_page(request.user)
        return request._egecms_explorer_start

    def get_context(self, request):
        start_page = self._start_page(request)
        if start_page is None:
            return super().get_context(request)
        # Skip Wagtail's own start page: it would be computed only to be replaced.
        context = MenuItem.get_context(self, request)
        context["start_page_id"] = start_page.pk
        return context

    def render_component(self, request):
        start_page = self._start_page(request)
        if start_page is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            self.url,
            start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def open_explorer_on_workspace(request, menu_items):
    """``construct_main_menu`` hook: swap Wagtail's explorer item for ours."""
    for index, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            replacement = WorkspaceExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )
            menu_items[index] = replacement
