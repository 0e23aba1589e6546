"""iCalendar responses, and one event's file (the calendar page's feed: ``feeds.py``).

Both are routes of their pages, so Wagtail's routing and ``before_serve_page`` hooks (view
restrictions included) run before these views; the views only build the response.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header

from ..ical.export import event_calendar, feed_refresh_seconds

CONTENT_TYPE = "text/calendar; charset=utf-8"


def may_be_personal(request):
    """Whether the response may hold what only this reader may see.

    Only a reader with a session (logged in, or through a page's password) can pass a view
    restriction, so a response to a request without one is public: shared caches may keep it.
    This costs no query (the page's restrictions were checked by Wagtail before the view).
    """
    return bool(request.COOKIES.get(settings.SESSION_COOKIE_NAME))


def ical_response(calendar, *, filename, attachment, private):
    """An iCalendar HTTP response: shown inline (a feed) or saved (a file); shared caches
    may keep public calendars for the feed's refresh interval."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    if private:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=feed_refresh_seconds())
    return response


def event_download(request, event_page):
    """``<event>/event.ics``: one event with its repeats and its cancelled/moved dates."""
    calendar = event_calendar(event=event_page, request=request)
    return ical_response(
        calendar,
        filename=f"{event_page.slug}.ics",
        attachment=True,
        private=may_be_personal(request),
    )
