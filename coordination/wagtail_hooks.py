"""Wagtail hooks of the coordination app: the missions viewset, the overlaps and IATI import in
the admin, the program managers' dashboard panel, the PMT agenda suggestions (read by the
governance app where installed) and the links from cards to country profiles."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .flag_access import may_see_overlaps
from .notifications import program_manager_agency_ids
from .panels import OverlapsPanel, agenda_suggestions, calendar_entries, country_profile_url
from .views import iati_agencies
from .viewsets import MissionViewSet


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("coordination/", include(urls, namespace="coordination"))]


@hooks.register("register_admin_viewset")
def register_mission_viewset():
    return MissionViewSet()


class OverlapsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_overlaps(request.user)


class IatiImportMenuItem(MenuItem):
    def is_shown(self, request):
        return iati_agencies(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_overlaps_menu_item():
    return OverlapsMenuItem(
        _("Overlaps"), reverse("coordination:flags"), icon_name="warning", order=431
    )


@hooks.register("register_admin_menu_item")
def register_iati_menu_item():
    return IatiImportMenuItem(
        _("Import activities (IATI)"),
        reverse("coordination:import_iati"),
        icon_name="upload",
        order=432,
    )


@hooks.register("construct_homepage_panels")
def add_overlaps_panel(request, panels):
    # Program managers only: the board and superusers see every flag in the listing instead.
    if program_manager_agency_ids(request.user):
        panels.append(OverlapsPanel(request.user))


@hooks.register("governance_agenda_suggestions")
def suggest_overlaps(body, before, user):
    return agenda_suggestions(body=body, before=before, user=user)


@hooks.register("events_calendar_entries")
def missions_in_calendar(request, start, end):
    return calendar_entries(request=request, start=start, end=end)


@hooks.register("country_profile_url")
def link_country(code, locale, request=None):
    return country_profile_url(code, locale=locale, request=request)
