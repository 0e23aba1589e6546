"""Wagtail hooks of subscriptions: the public pages' URLs, "subscribe to this search" beside
listings and searches, and the admin's views (notification preferences, the board's counts)."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks

from .filters import from_listing_query


@hooks.register("register_public_urls")
def register_public_urls():
    return [("subscriptions/", "subscriptions.urls", "subscriptions")]


@hooks.register("register_listing_actions")
def subscribe_to_this_search(*, request, page, filters):
    chosen = from_listing_query(page, filters)
    query = urlencode([(facet, value) for facet, values in chosen.items() for value in values])
    url = reverse("subscriptions:subscribe") + (f"?{query}" if query else "")
    return [{"label": _("Subscribe to this search"), "url": url}]
