"""Wagtail hooks of the governance app: its members' views and managed records in the admin,
its meetings in the events calendar (hook ``events_calendar_entries``, where installed)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .permissions import is_member
from .viewsets import VIEWSETS, register_permission_policies

register_permission_policies()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("governance/", include(urls, namespace="governance"))]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [viewset() for viewset in VIEWSETS]


class GovernanceMenuItem(MenuItem):
    def is_shown(self, request):
        return is_member(request.user)


@hooks.register("register_admin_menu_item")
def register_governance_menu_item():
    return GovernanceMenuItem(
        _("Task Force and PMT"), reverse("governance:index"), icon_name="group", order=430
    )
