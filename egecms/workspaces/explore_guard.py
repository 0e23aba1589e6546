"""The page explorer never opens a page its user may not see (the platform, for non-members).

Wagtail lets anyone with some page permission open any page under their "explorable root" by
its id: the listing of its children is filtered, but the page's own title and actions header
are shown. Agencies edit in four language trees, so their explorable root is the whole site;
without this, an editor of a prospective agency could read the titles of the platform's pages.
Wagtail 8 routes the explorer through page viewsets, so this is one viewset for every page type.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from .visibility import hidden_paths_for


class VisibleExplorableIndexView(ExplorableIndexView):
    def dispatch(self, request, *args, **kwargs):
        parent_page_id = kwargs.get("parent_page_id")
        if parent_page_id and request.user.is_authenticated:
            path = get_object_or_404(Page.objects.only("path"), pk=parent_page_id).path
            if any(path.startswith(hidden) for hidden in hidden_paths_for(request.user)):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class WorkspacesPageViewSet(PageViewSet):
    """Wagtail's default page viewset, with the guarded explorer listing."""

    index_view_class = VisibleExplorableIndexView

    @property
    def parent_models(self):
        return [Page]


workspaces_page_viewset = WorkspacesPageViewSet(model=Page)
