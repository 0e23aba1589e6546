"""Models of the events app (re-exported here: ``from events.models import EventPage``)."""

from .calendar import CalendarPage, RecommendationsPage
from .event import EventDateChange, EventPage, schedule_errors
from .imports import ImportedEvent
from .occurrences import EventOccurrence
from .outcomes import Actor, Recommendation

__all__ = [
    "Actor",
    "CalendarPage",
    "EventDateChange",
    "EventOccurrence",
    "EventPage",
    "ImportedEvent",
    "Recommendation",
    "RecommendationsPage",
    "schedule_errors",
]
