"""The demo's readers' subscriptions: a few, confirmed and not, in four languages (plain rows,
one bulk insert), so that the admin's counts and ``send_digests --dry-run`` have something to
show."""

from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data

LABEL = _("Subscriptions")
ORDER = 95
REQUIRES = ("subscriptions",)

DEMO_DOMAIN = "reader.example"


def _filters(loader, data):
    filters = {}
    for facet, values in data.items():
        if facet == "topic":
            values = [str(topic.pk) for topic in loader.topics(values)]
        elif facet == "agency":
            values = [str(agency.pk) for agency in loader.agencies(values)]
        if values:
            filters[facet] = list(values)
    return filters


def load(loader):
    subscription_model = apps.get_model("subscriptions", "Subscription")
    if subscription_model.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        loader.step("Subscriptions", created=False)
        return
    now = timezone.now()
    confirmed_at = {True: now - timedelta(days=30), "now": now, False: None}
    rows = [
        subscription_model(
            email=data["email"],
            language=data["language"],
            frequency=data["frequency"],
            filters=_filters(loader, data["filters"]),
            confirmed_at=confirmed_at[data["confirmed"]],
        )
        for data in load_data("subscriptions")["subscriptions"]
    ]
    subscription_model.objects.bulk_create(rows)
    loader.step(f"Subscriptions ({len(rows)})", created=True, kind="subscription")
