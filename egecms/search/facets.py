"""The search's facets, counted by the database over the matching documents.

Each count is exactly the number of results the reader gets by choosing that value: for a
facet, the documents matching the words and every *other* chosen facet. One ``GROUP BY`` over
the documents' facet rows (:class:`~egecms.search.models.SearchFacetValue`) counts them all,
whatever the number of matches; no document is loaded.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from egecms.core.filters import has_field
from egecms.core.labels import LocaleLabels
from egecms.core.registry import contribution_types

from .models.facets import FACET_NAMES, SearchFacetValue

FACETS = dict(
    zip(
        FACET_NAMES,
        (
            _("Type"),
            _("Agency"),
            _("Country"),
            _("Cluster or issue area"),
            _("Topic"),
            _("Year"),
            _("Outcome"),
        ),
        strict=True,
    )
)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    chosen: bool
    url: str = ""  # the search with this value chosen (or, if chosen, without it)


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)

    @property
    def chosen(self):
        return next((value for value in self.values if value.chosen), None)


def documents_with(facet, value):
    """A subquery: the ids of the documents having ``value`` for ``facet``."""
    return SearchFacetValue.objects.filter(facet=facet, value=value).values("document_id")


def choosing(chosen):
    """``{"id__in": ...}`` filters narrowing documents to every chosen ``{facet: value}``."""
    return [Q(id__in=documents_with(facet, value)) for facet, value in chosen.items()]


def count_values(matching, chosen):
    """``({(facet, value): count}, {(facet, value): label})`` over the documents ``matching``
    (a subquery of their ids, or a list), each facet counted under every other chosen facet;
    the labels are the rows' own (work spaces' titles). One query."""
    rows = SearchFacetValue.objects.filter(document_id__in=matching)
    for facet, value in chosen.items():
        rows = rows.filter(Q(facet=facet) | Q(document_id__in=documents_with(facet, value)))
    counted = (
        rows.values_list("facet", "value")
        .annotate(count=Count("pk"), label=Max("label"))
        .order_by()
    )
    counts, labels = {}, {}
    for facet, value, count, label in counted:
        counts[(facet, value)] = count
        if label:
            labels[(facet, value)] = label
    return counts, labels


def total_of(counts, chosen):
    """How many documents match the words and every chosen facet, read off ``counts``: a
    chosen value's count is exactly that; with nothing chosen, every document has one type."""
    if chosen:
        facet, value = next(iter(chosen.items()))
        return counts.get((facet, value), 0)
    return sum(count for (facet, _value), count in counts.items() if facet == "type")


class Labels:
    """Facet value labels in the locale's language: agencies and topics from the per-locale
    label cache, work spaces' titles from their rows (``row_labels``); no query."""

    def __init__(self, locale_id, row_labels=None):
        self.labels = LocaleLabels.load(locale_id)
        self.types = {
            entry.key: str(entry.model._meta.verbose_name).capitalize()
            for entry in contribution_types
        }
        self.outcomes = {}
        for entry in contribution_types:
            if has_field(entry.model, "outcome"):
                self.outcomes.update(entry.model._meta.get_field("outcome").choices)
        self.rows = row_labels or {}

    def __call__(self, facet, value):
        if facet == "type":
            return self.types.get(value, value)
        if facet == "agency":
            label = self.labels.agencies.get(int(value)) if value.isdigit() else None
            return label.name if label else value
        if facet == "topic":
            label = self.labels.topics.get(int(value)) if value.isdigit() else None
            return label.name if label else value
        if facet == "country":
            return str(Country(value).name) or value
        if facet == "space":
            return self.rows.get((facet, value), value)
        if facet == "outcome":
            return str(self.outcomes.get(value, value))
        return value


def facets_of(counts, chosen, labels):
    """The :class:`Facet`s to show, from :func:`count_values`' ``counts``."""
    by_facet = {name: {} for name in FACETS}
    for (facet, value), count in counts.items():
        by_facet.setdefault(facet, {})[value] = count
    facets = []
    for name, label in FACETS.items():
        found = by_facet[name]
        if name in chosen:
            found.setdefault(chosen[name], 0)
        values = [
            FacetValue(value, labels(name, value), count, chosen.get(name) == value)
            for value, count in found.items()
        ]
        if name == "year":
            values.sort(key=lambda item: item.value, reverse=True)
        else:
            values.sort(key=lambda item: (-item.count, item.label.casefold()))
        if values:
            facets.append(Facet(name, str(label), values))
    return facets
