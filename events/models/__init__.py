"""Models of the events app (re-exported here: ``from events.models import EventPage``)."""

from .calendar import CalendarPage, RecommendationsPage
from .event import EventDateChange, EventPage, schedule_errors
from .feed_imports import FeedImport
from .imports import ImportedEvent
from .occurrences import EventOccurrence
from .outcomes import Actor, Recommendation

__all__ = [
    "Actor",
    "CalendarPage",
    "EventDateChange",
    "EventOccurrence",
    "EventPage",
    "FeedImport",
    "ImportedEvent",
    "Recommendation",
    "RecommendationsPage",
    "schedule_errors",
]
