"""Filters shared by contribution listings: topic, agency and country, kept in the URL; for
types that have them (practices), outcome and year too."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist

from .countries import LAC_COUNTRY_CODES, LatinAmericaAndCaribbean


@dataclass(frozen=True)
class Option:
    """One choice of a filter: the value in the URL and what the reader sees."""

    value: str
    label: str


FIRST_YEAR = 1990


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def filter_options(labels, model=None):
    """Choices of the filters, named in the reader's language; ``model``'s outcome and year
    filters when it has those fields (no query: years run from 1990 to this year)."""
    extra = {}
    if model is not None and has_field(model, "outcome"):
        extra["outcome"] = [
            Option(value, str(label)) for value, label in model._meta.get_field("outcome").choices
        ]
    if model is not None and has_field(model, "year"):
        this_year = datetime.date.today().year
        extra["year"] = [
            Option(str(year), str(year)) for year in range(this_year, FIRST_YEAR - 1, -1)
        ]
    return {
        **extra,
        "topic": sorted(
            (Option(t.slug, t.name) for t in labels.topics.values()), key=lambda o: o.label
        ),
        "agency": sorted(
            (Option(a.slug, f"{a.short} — {a.name}") for a in labels.agencies.values()),
            key=lambda o: o.label,
        ),
        "country": [Option(code, name) for code, name in LatinAmericaAndCaribbean()],
    }


@dataclass(frozen=True)
class ContributionFilters:
    """The reader's current filters, parsed and validated from the query string."""

    topic: str = ""
    agency: str = ""
    country: str = ""
    outcome: str = ""
    year: str = ""

    @classmethod
    def from_query(cls, query):
        def value(name, limit):
            # PostgreSQL refuses a NUL byte in a query; U+FFFD matches nothing either.
            return query.get(name, "").replace("\x00", "\ufffd")[:limit]

        country = value("country", 10).upper()
        year = value("year", 4)
        return cls(
            topic=value("topic", 100),
            agency=value("agency", 20),
            country=country if country in LAC_COUNTRY_CODES else "",
            outcome=value("outcome", 20),
            year=year if year.isdigit() else "",
        )

    @property
    def active(self):
        return any((self.topic, self.agency, self.country, self.outcome, self.year))

    def apply(self, queryset):
        """Narrow a contribution queryset; unknown values simply match nothing."""
        if self.topic:
            queryset = queryset.filter(topic_items__tag__slug=self.topic)
        if self.agency:
            queryset = queryset.filter(agencies__acronym__iexact=self.agency)
        if self.country:
            queryset = queryset.filter(countries__contains=self.country)
        if self.outcome and has_field(queryset.model, "outcome"):
            queryset = queryset.filter(outcome=self.outcome)
        if self.year and has_field(queryset.model, "year"):
            queryset = queryset.filter(year=int(self.year))
        return queryset.distinct() if (self.topic or self.agency) else queryset
