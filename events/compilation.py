"""The compilation of conclusions and recommendations of events (an event's own outcomes, as
its page shows them: ``event_outcomes.py``).

Recommendations are children of their event: a translated event carries translated copies,
so each locale's compilation lists its own copies. The compilation and the event page load
their recommendations in a fixed number of queries, however many there are.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator

from egecms.core.aggregation import restricted_paths, under_any
from egecms.core.labels import LocaleLabels
from egecms.core.listing import PAGE_SIZE

from .compilation_filters import RecommendationFilterSet
from .event_outcomes import recommendation_items
from .models.event import EventPage
from .models.outcomes import Recommendation
from .timezones import aware_to_wall_clock


@dataclass(frozen=True)
class EventFact:
    """What the filters need to know of one event: where, and in which (local) year."""

    pk: int
    year: int
    countries: frozenset


@dataclass
class EventFacts:
    """The events that have recommendations, read once (one query) for filters and options."""

    events: list = field(default_factory=list)

    @classmethod
    def load(cls, events):
        """``events``: a queryset of EventPage (not run); only those with recommendations count."""
        rows = events.filter(pk__in=Recommendation.objects.values("page_id")).values_list(
            "pk", "start", "timezone", "country", "countries"
        )
        facts = []
        for pk, start, zone, country, countries in rows:
            # values_list() reads the multiple CountryField as stored: "CL,UY".
            if isinstance(countries, str):
                countries = countries.split(",")
            codes = {str(code) for code in countries or () if code}
            if country:
                codes.add(str(country))
            facts.append(
                EventFact(
                    pk=pk, year=aware_to_wall_clock(start, zone).year, countries=frozenset(codes)
                )
            )
        return cls(events=facts)

    @property
    def ids(self):
        return [fact.pk for fact in self.events]

    def in_country(self, code):
        return [fact.pk for fact in self.events if code in fact.countries]

    def in_year(self, year):
        """Events starting in ``year`` in their own time zone (as their page shows it)."""
        return [fact.pk for fact in self.events if fact.year == year]

    def years(self):
        return sorted({fact.year for fact in self.events}, reverse=True)

    def country_codes(self):
        return {code for fact in self.events for code in fact.countries}


def visible_recommendations(*, locale, paths):
    """``(recommendations, facts)``: every recommendation of the live events of ``locale``
    outside the view-restricted ``paths``, newest event first (a queryset, not run), and the
    facts of those events (one query)."""
    events = (
        EventPage.objects.live()
        .filter(locale_id=getattr(locale, "pk", locale))
        .exclude(under_any(paths))
    )
    facts = EventFacts.load(events)
    recommendations = (
        Recommendation.objects.filter(page_id__in=facts.ids)
        .select_related("page", "topic", "practice", "issue_area")
        .order_by("-page__start", "-page_id", "sort_order", "pk")
    )
    return recommendations, facts


def compilation(*, locale, filters, page_number=None, request=None):
    """Everything the compilation page shows: filtered, paginated recommendations and the
    filter options. ``filters``: a :class:`~events.compilation_filters.RecommendationFilterSet`.
    A fixed number of queries, whatever the amount of content."""
    paths = restricted_paths(request)
    labels = LocaleLabels.load(locale)
    recommendations, facts = visible_recommendations(locale=locale, paths=paths)
    filtered = filters.apply(recommendations, facts=facts, labels=labels)
    page_obj = Paginator(filtered, PAGE_SIZE).get_page(page_number)
    return {
        "filters": filters,
        "filter_options": filters.options,
        "page_obj": page_obj,
        "items": recommendation_items(
            page_obj.object_list, locale=locale, labels=labels, paths=paths, request=request
        ),
    }


def compilation_context(page, request):
    """Template context of a :class:`~events.models.RecommendationsPage`."""
    return compilation(
        locale=page.locale_id,
        filters=RecommendationFilterSet.from_query(request.GET),
        page_number=request.GET.get("page"),
        request=request,
    )
