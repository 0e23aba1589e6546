"""Wagtail hooks of subscriptions: the public pages' URLs, "subscribe to this search" beside
listings and searches, and the admin's views (notification preferences, the board's counts)."""

from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from . import admin_urls
from .filters import SUBSCRIPTION_FACETS, from_listing_query
from .forms import NotificationPreferencesForm
from .models import NotificationChoice, NotificationKind
from .notifications import choices_of
from .permissions import may_see_counts


@hooks.register("register_public_urls")
def register_public_urls():
    return [("subscriptions/", "subscriptions.urls", "subscriptions")]


@hooks.register("register_listing_actions")
def subscribe_to_this_search(*, request, page, filters):
    chosen = from_listing_query(page, filters)
    query = urlencode(
        [(facet, value) for facet in SUBSCRIPTION_FACETS for value in chosen.get(facet, ())]
    )
    url = reverse("subscriptions:subscribe") + (f"?{query}" if query else "")
    return [{"label": _("Subscribe to this search"), "url": url}]


@hooks.register("register_account_settings_panel")
class StaffNotificationsPanel(BaseSettingsPanel):
    """How the user hears of what waits for them (per kind: now, daily summary, none)."""

    name = "staff_notifications"
    title = gettext_lazy("What waits for me")
    tab = notifications_tab
    order = 150
    form_class = NotificationPreferencesForm


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("subscriptions/", include(admin_urls, namespace="subscriptions_admin"))]


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_counts(request.user)


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        gettext_lazy("Subscriptions"),
        reverse("subscriptions_admin:counts"),
        icon_name="mail",
        order=700,
    )


@hooks.register("assistance_program_managers_to_email")
def program_managers_who_want_it_now(*, users, agency):
    """Of the program managers the assistance app e-mails when a request is routed to their
    agency, those who chose a daily summary (or nothing) for it are not e-mailed at once."""
    choices = choices_of(users, NotificationKind.REQUEST)
    return [user for user in users if choices[user.pk] == NotificationChoice.NOW]
