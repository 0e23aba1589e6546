"""The admin views of subscriptions, as the permission matrix calls them: the board's counts
(not about a page: one cell, on "own"; the other objects do not apply)."""

from django.urls import reverse

from .view import View

HEADING = "Subscribers per language"


def counts(client, world, name):
    if name != "own":
        return None, None
    return client.get(reverse("subscriptions_admin:counts")), None


SUBSCRIPTION_VIEWS = [
    View(
        "subscription_counts",
        "read",
        ("subscriptions_admin:counts",),
        counts,
        evidence=lambda world, name: HEADING,
    ),
]
