"""Filters shared by contribution listings: topic, agency and country, kept in the URL."""

from dataclasses import dataclass

from .countries import LAC_COUNTRY_CODES, LatinAmericaAndCaribbean


@dataclass(frozen=True)
class Option:
    """One choice of a filter: the value in the URL and what the reader sees."""

    value: str
    label: str


def filter_options(labels):
    """Choices of the topic, agency and country filters, named in the reader's language."""
    return {
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

    @classmethod
    def from_query(cls, query):
        def value(name, limit):
            # PostgreSQL refuses a NUL byte in a query; U+FFFD matches nothing either.
            return query.get(name, "").replace("\x00", "\ufffd")[:limit]

        country = value("country", 10).upper()
        return cls(
            topic=value("topic", 100),
            agency=value("agency", 20),
            country=country if country in LAC_COUNTRY_CODES else "",
        )

    @property
    def active(self):
        return any((self.topic, self.agency, self.country))

    def apply(self, queryset):
        """Narrow a contribution queryset; unknown values simply match nothing."""
        if self.topic:
            queryset = queryset.filter(topic_items__tag__slug=self.topic)
        if self.agency:
            queryset = queryset.filter(agencies__acronym__iexact=self.agency)
        if self.country:
            queryset = queryset.filter(countries__contains=self.country)
        return queryset.distinct() if (self.topic or self.agency) else queryset
