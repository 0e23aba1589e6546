"""The board's counts of subscriptions: subscribers per language and per filter value,
messages sent, bounces. Aggregates only: no address is shown."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.utils import translation

from egecms.search.facets import FACETS

from .filters import value_labels
from .models import Delivery, Subscription


@dataclass
class Counts:
    by_language: list = field(default_factory=list)  # [(language name, active, unconfirmed)]
    by_filter: list = field(default_factory=list)  # [(facet label, value label, active)]
    by_frequency: list = field(default_factory=list)  # [(frequency label, active)]
    everything: int = 0  # active subscriptions to everything published
    active: int = 0
    messages_sent: int = 0
    items_sent: int = 0
    bounces: int = 0


def subscription_counts(language):
    """The :class:`Counts`, labels in ``language`` (a fixed number of queries, plus one pass
    over the active subscriptions' filters)."""
    active = Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)
    unconfirmed = Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True)
    names = dict(Subscription._meta.get_field("language").choices)
    rows = (
        Subscription.objects.values("language")
        .annotate(active=Count("pk", filter=active), unconfirmed=Count("pk", filter=unconfirmed))
        .order_by("language")
    )
    counts = Counts(
        by_language=[
            (names.get(row["language"], row["language"]), row["active"], row["unconfirmed"])
            for row in rows
        ]
    )
    frequencies = dict(Subscription._meta.get_field("frequency").choices)
    counts.by_frequency = [
        (str(frequencies.get(row["frequency"], row["frequency"])), row["n"])
        for row in Subscription.objects.filter(active)
        .values("frequency")
        .annotate(n=Count("pk"))
        .order_by("frequency")
    ]
    per_value = Counter()
    everything = 0
    for filters in Subscription.objects.filter(active).values_list("filters", flat=True):
        if not filters:
            everything += 1
        for facet, values in (filters or {}).items():
            for value in values:
                per_value[(facet, value)] += 1
    chosen = {}
    for facet, value in per_value:
        chosen.setdefault(facet, []).append(value)
    labels = value_labels(chosen, language)
    with translation.override(language):
        counts.by_filter = sorted(
            (
                (str(FACETS.get(facet, facet)), labels[(facet, value)], number)
                for (facet, value), number in per_value.items()
            ),
            key=lambda row: (-row[2], row[0], row[1]),
        )
    counts.everything = everything
    totals = Subscription.objects.aggregate(
        sent=Sum("messages_sent"), bounces=Sum("bounces"), active=Count("pk", filter=active)
    )
    counts.active = totals["active"] or 0
    counts.messages_sent = totals["sent"] or 0
    counts.bounces = totals["bounces"] or 0
    counts.items_sent = Delivery.objects.count()
    return counts
