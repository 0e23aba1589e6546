"""The calendar page's iCalendar feed: a route of the page, so Wagtail's routing and
``before_serve_page`` hooks (view restrictions included) run before this view."""

from ..calendar_filters import CalendarFilterSet
from ..ical.feed import calendar_feed_calendar
from .ical_responses import ical_response, may_be_personal


def calendar_feed(request, calendar_page):
    """``<calendar>/feed.ics``: the calendar's events, narrowed by the page's filters."""
    filters = CalendarFilterSet.from_query(request.GET, locale=calendar_page.locale_id)
    calendar = calendar_feed_calendar(calendar_page=calendar_page, filters=filters, request=request)
    return ical_response(
        calendar,
        filename=f"{calendar_page.slug}.ics",
        attachment=False,
        private=may_be_personal(request),
    )
