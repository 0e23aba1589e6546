"""Wagtail hooks of the workspaces app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EditorialPolicy


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import include, path

    from . import views

    urls = [path("", views.editorial_policy, name="editorial_policy")]
    return [path("editorial-policy/", include((urls, "egecms_workspaces")))]


@hooks.register("register_admin_urls", order=-1)
def guard_translation_views():
    from . import localize_guard, snippet_locales

    return localize_guard.urlpatterns() + snippet_locales.urlpatterns()


@hooks.register("before_edit_snippet")
def hold_translators_to_their_language(request, instance):
    from .snippet_locales import deny_other_languages

    deny_other_languages(request, instance)


@hooks.register("before_delete_snippet")
def hold_translators_to_their_language_on_delete(request, instances):
    from .snippet_locales import deny_other_languages

    deny_other_languages(request, instances)


@hooks.register("register_admin_menu_item")
def register_editorial_policy_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Editorial policy"),
        reverse("egecms_workspaces:editorial_policy"),
        icon_name="doc-full",
        order=900,
    )


@hooks.register("before_edit_page")
def hold_submission_on_edit(request, page):
    from .submission import hold_submission_until_policy_accepted

    hold_submission_until_policy_accepted(request)


@hooks.register("before_create_page")
def hold_submission_on_create(request, parent_page, page_class):
    from .submission import hold_submission_until_policy_accepted

    hold_submission_until_policy_accepted(request)


class EditorialPolicyViewSet(SnippetViewSet):
    model = EditorialPolicy
    icon = "doc-full"
    menu_label = _("Policy versions")
    list_display = ["title", "version", "effective_from", "locale"]
    list_filter = ["locale"]


register_snippet(EditorialPolicyViewSet)


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
