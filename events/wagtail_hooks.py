"""Wagtail hooks of the events app: the iCalendar import in the admin."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .views.admin import spaces_for_import


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("events/", include(urls, namespace="events"))]


class ImportICalMenuItem(MenuItem):
    def is_shown(self, request):
        return spaces_for_import(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_ical_import_menu_item():
    return ImportICalMenuItem(
        _("Import events (iCal)"),
        reverse("events:import_ical"),
        icon_name="calendar-alt",
        order=420,
    )
