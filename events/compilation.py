"""The compilation of conclusions and recommendations of events, and an event's own outcomes.

Recommendations are children of their event: a translated event carries translated copies,
so each locale's compilation lists its own copies. The compilation and the event page load
their recommendations in a fixed number of queries, however many there are.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.html import strip_tags
from wagtail.models import Page

from egecms.core.aggregation import restricted_paths, under_any
from egecms.core.labels import LocaleLabels
from egecms.core.listing import PAGE_SIZE

from .compilation_filters import RecommendationFilterSet
from .models import EventPage, Recommendation, RecommendationsPage
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


@dataclass(frozen=True)
class Link:
    """A page to link to: its title and URL."""

    title: str
    url: str


@dataclass
class RecommendationItem:
    """Ready-to-render data for one recommendation."""

    recommendation: Recommendation
    text: str
    topic: object  # a Label (slug, name in the reader's locale) or None
    actors: list
    event: EventPage
    event_url: str
    event_date: object
    practice: Link | None = None
    issue_area: Link | None = None


def is_restricted(page, paths):
    return any(page.path.startswith(path) for path in paths)


def localized_links(pages, *, locale, paths, request=None):
    """``{translation key: Link}`` to the live, public copy in ``locale`` of each of ``pages``
    (or the page itself when it has no such copy); ``paths``: the view-restricted tree paths.
    One query, none without pages."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    copies = (
        Page.objects.live()
        .filter(locale_id=getattr(locale, "pk", locale))
        .filter(translation_key__in={page.translation_key for page in pages})
        .exclude(under_any(paths))
    )
    links = {
        page.translation_key: Link(title=page.title, url=page.get_url(request=request))
        for page in copies
    }
    for page in pages:
        if page.translation_key not in links and page.live and not is_restricted(page, paths):
            links[page.translation_key] = Link(title=page.title, url=page.get_url(request=request))
    return links


def recommendation_items(recommendations, *, locale, labels, paths, request=None):
    """Turn recommendations (with ``page``, ``topic``, ``practice`` and ``issue_area`` loaded)
    into :class:`RecommendationItem`s named in ``locale``: one query for the related pages.

    ``paths``: the view-restricted tree paths (:func:`~egecms.core.aggregation.restricted_paths`).
    """
    recommendations = list(recommendations)
    topics_by_slug = {label.slug: label for label in labels.topics.values()}
    links = localized_links(
        [page for r in recommendations for page in (r.practice, r.issue_area)],
        locale=locale,
        paths=paths,
        request=request,
    )
    actors_field = Recommendation._meta.get_field("actors")
    event_urls = {}
    items = []
    for recommendation in recommendations:
        event = recommendation.page
        if event.pk not in event_urls:
            event_urls[event.pk] = event.get_url(request=request)
        topic = recommendation.topic
        items.append(
            RecommendationItem(
                recommendation=recommendation,
                text=recommendation.text,
                topic=topics_by_slug.get(topic.slug, topic) if topic is not None else None,
                actors=actors_field.labels(recommendation.actors),
                event=event,
                event_url=event_urls[event.pk],
                event_date=event.local_start.date() if event.start else None,
                practice=links.get(getattr(recommendation.practice, "translation_key", None)),
                issue_area=links.get(getattr(recommendation.issue_area, "translation_key", None)),
            )
        )
    return items


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


@dataclass
class EventOutcomes:
    """What came out of one event: its conclusions and its recommendations."""

    conclusions: str
    recommendations: list
    compilation_url: str | None = None

    @property
    def has_conclusions(self):
        return bool(strip_tags(self.conclusions or "").strip())

    @property
    def exists(self):
        return self.has_conclusions or bool(self.recommendations)


def event_outcomes(page, *, request=None):
    """The conclusions and recommendations of ``page`` (an EventPage) named in its locale,
    with a link to its locale's compilation. A fixed number of queries."""
    recommendations = list(
        page.recommendations.all().select_related("topic", "practice", "issue_area")
    )
    for recommendation in recommendations:
        recommendation.page = page
    outcomes = EventOutcomes(conclusions=page.conclusions, recommendations=[])
    if not (outcomes.has_conclusions or recommendations):
        return outcomes
    paths = restricted_paths(request)
    if recommendations:
        outcomes.recommendations = recommendation_items(
            recommendations,
            locale=page.locale_id,
            labels=LocaleLabels.load(page.locale_id),
            paths=paths,
            request=request,
        )
    compilation_page = (
        RecommendationsPage.objects.live()
        .filter(locale_id=page.locale_id)
        .exclude(under_any(paths))
        .first()
    )
    if compilation_page is not None:
        outcomes.compilation_url = compilation_page.get_url(request=request)
    return outcomes
