"""The members' iCalendar of meetings (the ``icalendar`` library)."""

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .texts import localized

MEETING_HOURS = 2


def meetings_calendar(meetings):
    """``bytes`` of a calendar with one event per meeting."""
    calendar = Calendar()
    calendar.add("prodid", "-//egecms//governance//EN")
    calendar.add("version", "2.0")
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].strip("/") or "egecms"
    for meeting in meetings:
        event = Event()
        event.add("uid", f"governance-meeting-{meeting.pk}@{host}")
        event.add("summary", f"{meeting.body}: {meeting.get_mode_display()}")
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.starts_at + datetime.timedelta(hours=MEETING_HOURS))
        event.add("dtstamp", timezone.now())
        place = localized(meeting, "place")
        if place:
            event.add("location", place)
        agenda = localized(meeting, "agenda")
        if agenda:
            event.add("description", agenda)
        calendar.add_component(event)
    return calendar.to_ical()
