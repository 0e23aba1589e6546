"""Wagtail hooks of the workspaces app."""

from wagtail import hooks


@hooks.register("construct_homepage_panels")
def add_my_workspaces_panel(request, panels):
    from .dashboard import MyWorkspacesPanel

    panels.append(MyWorkspacesPanel(request.user))


@hooks.register("construct_main_menu")
def open_explorer_on_workspace(request, menu_items):
    from .explorer import open_explorer_on_workspace

    open_explorer_on_workspace(request, menu_items)


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_from_chooser(pages, request):
    from .visibility import without_pages_hidden_from

    return without_pages_hidden_from(pages, request.user)


@hooks.register("register_admin_viewset")
def register_guarded_page_viewset():
    from .explore_guard import workspaces_page_viewset

    return workspaces_page_viewset
