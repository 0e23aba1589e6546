"""The events of an iCalendar file, loaded with what their VEVENTs need (stored occurrences,
topic and agency names in the events' language) in a fixed number of queries."""

import datetime
from dataclasses import dataclass

from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from egecms.core.models import Agency, PageTopic, Topic

from ..models.occurrences import EventOccurrence


@dataclass(frozen=True)
class StoredOccurrence:
    """An occurrence row as the export reads it (aware UTC datetimes)."""

    original_start: datetime.datetime
    start: datetime.datetime
    end: datetime.datetime
    cancelled: bool
    moved: bool


@dataclass
class LoadedEvents:
    """Events with what their VEVENTs need, loaded in a fixed number of queries."""

    pages: list
    occurrences: dict
    topics: dict
    agency_names: dict
    language: str | None
    #: The events' page type (an empty calendar carries the default time zone of its events).
    model: type

    def topic_name(self, slug):
        """The name (in the events' locale) of a topic some event has, or None."""
        for topics in self.topics.values():
            for topic in topics:
                if topic.slug == slug:
                    return topic.name
        return None


@dataclass(frozen=True)
class TopicName:
    slug: str
    name: str


def stored_occurrences(event_ids):
    """``{event id: [StoredOccurrence]}`` in planned order, for the events ``event_ids``
    (already chosen and loaded: one query, read by event from its index)."""
    rows = (
        EventOccurrence.objects.filter(event_id__in=event_ids)
        .order_by("event_id", "original_start", "pk")
        .values_list("event_id", "original_start", "start", "end", "cancelled", "moved")
    )
    by_event = {}
    for event_id, *values in rows:
        by_event.setdefault(event_id, []).append(StoredOccurrence(*values))
    return by_event


def _localized_name(model, field, locale_id, key):
    """A subquery: ``field`` of the ``locale_id`` copy of the row whose translation key is
    at ``key``."""
    return Subquery(
        model.objects.filter(translation_key=OuterRef(key), locale_id=locale_id).values(field)[:1]
    )


def topic_and_agency_names(events, *, locale_id, agency=""):
    """``({event id: [TopicName]}, {acronym: acronym in locale})`` in one query.

    Topic and agency names are those of ``locale_id``'s copies, or of the row the page points
    at where that copy does not exist yet. Only ``agency`` (a filter value) is looked up
    among agencies, to name the feed.
    """
    rows = (
        PageTopic.objects.filter(content_object_id__in=events.values("pk"))
        .annotate(
            kind=Value("topic"),
            localized=Coalesce(
                _localized_name(Topic, "name", locale_id, "tag__translation_key"), F("tag__name")
            ),
        )
        .values_list("kind", "content_object_id", "tag__slug", "localized")
        .order_by()
    )
    if agency:
        agencies = (
            Agency.objects.filter(acronym__iexact=agency)
            .annotate(
                kind=Value("agency"),
                page_id=Value(0),
                localized=Coalesce(
                    _localized_name(Agency, "acronym", locale_id, "translation_key"), F("acronym")
                ),
            )
            .values_list("kind", "page_id", "acronym", "localized")
            .order_by()
        )
        rows = rows.union(agencies, all=True)
    topics, agencies = {}, {}
    for kind, event_id, key, name in rows:
        if kind == "agency":
            agencies[key.lower()] = name
        else:
            topics.setdefault(event_id, []).append(TopicName(key, name))
    topics = {
        event_id: sorted(names, key=lambda topic: topic.name) for event_id, names in topics.items()
    }
    return topics, agencies


def load_events(events, *, locale_id, agency=""):
    """A :class:`LoadedEvents` of an EventPage queryset (not yet run), soonest first.

    Three queries whatever the number of events (one when there are none): the events with
    their language, their stored occurrences, their topics (and the filtered agency's name).
    """
    pages = list(
        events.defer("description", "conclusions")
        .annotate(language_code=F("locale__language_code"))
        .order_by("start", "pk")
    )
    if not pages:
        return LoadedEvents([], {}, {}, {}, None, model=events.model)
    topics, agency_names = topic_and_agency_names(events, locale_id=locale_id, agency=agency)
    return LoadedEvents(
        pages=pages,
        occurrences=stored_occurrences([page.pk for page in pages]),
        topics=topics,
        agency_names=agency_names,
        language=pages[0].language_code,
        model=events.model,
    )
