"""Wagtail hooks of the editorial policy: its admin page and menu item, its versions as
snippets, and submissions held until the current version is accepted."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import urls
from .models import EditorialPolicy
from .submission import hold_submission_until_policy_accepted


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editorial-policy/", include(urls, namespace="egecms_editorial"))]


@hooks.register("register_admin_menu_item")
def register_editorial_policy_menu_item():
    return MenuItem(
        _("Editorial policy"),
        reverse("egecms_editorial:editorial_policy"),
        icon_name="doc-full",
        order=900,
    )


@hooks.register("before_edit_page")
def hold_submission_on_edit(request, page):
    hold_submission_until_policy_accepted(request)


@hooks.register("before_create_page")
def hold_submission_on_create(request, parent_page, page_class):
    hold_submission_until_policy_accepted(request)


class EditorialPolicyViewSet(SnippetViewSet):
    model = EditorialPolicy
    icon = "doc-full"
    menu_label = _("Policy versions")
    list_display = ["title", "version", "effective_from", "locale"]
    list_filter = ["locale"]


register_snippet(EditorialPolicyViewSet)
