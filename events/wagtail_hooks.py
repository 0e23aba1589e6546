"""Wagtail hooks of the events app: the iCalendar import in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_urls")
def register_ical_import_urls():
    from .ical import admin_views

    return [
        path(
            "events/import-ical/",
            admin_views.ImportICalView.as_view(),
            name="events_import_ical",
        )
    ]


class ImportICalMenuItem(MenuItem):
    def is_shown(self, request):
        from .ical.admin_views import spaces_for_import

        return spaces_for_import(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_ical_import_menu_item():
    return ImportICalMenuItem(
        _("Import events (iCal)"),
        reverse("events_import_ical"),
        icon_name="calendar-alt",
        order=420,
    )
