"""What came out of one event, as its page shows it: its conclusions and its recommendations,
each linked to its practice and issue area in the event's language, and to the compilation
of every event's recommendations (``compilation.py``, which shows them the same way).

A fixed number of queries, however many recommendations.
"""

from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail.models import Page

from egecms.core.aggregation import restricted_paths, under_any
from egecms.core.labels import LocaleLabels
from egecms.core.navigation import topic_root_path, topic_sections

from .models.outcomes import Recommendation


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
    event: Page  # the EventPage
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
    outcomes.compilation_url = compilation_url(page, paths=paths, request=request)
    return outcomes


def compilation_url(page, *, paths, request=None):
    """The URL of the compilation of recommendations of ``page``'s language: the section of
    its topic page that compiles them, unless under a view restriction (``paths``). No query of
    its own: the sections are loaded once per request for the menu."""
    for section in topic_sections(topic_root_path(page), request):
        if getattr(section.specific_class, "compiles_recommendations", False) and not (
            is_restricted(section, paths)
        ):
            return section.get_url(request=request)
    return None
