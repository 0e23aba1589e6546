"""The public page of what the bodies chose to publish, and the meetings calendar at a
member's own address (see :mod:`.feed_tokens`)."""

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from .feed_tokens import member_of_token
from .ical import meetings_calendar
from .models import Meeting
from .published import public_records

#: How far back the calendar goes (calendar apps keep what they already read).
PAST_DAYS = 365


def calendar_response(meetings):
    """The ``.ics`` of ``meetings``: private to its reader, never kept by a cache."""
    response = HttpResponse(meetings_calendar(meetings), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="governance.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


def recent_and_coming_meetings():
    since = timezone.now() - timezone.timedelta(days=PAST_DAYS)
    return Meeting.objects.select_related("body").filter(starts_at__gte=since)


class MeetingsFeedByTokenView(View):
    """The calendar for a calendar app: a 404 (not a 403, which would confirm the address)
    for a forged token or a user who is no longer a member."""

    def get(self, request, token):
        if member_of_token(token) is None:
            raise Http404
        return calendar_response(recent_and_coming_meetings())


class PublishedRecordsView(TemplateView):
    """The decisions, meeting summaries and action plans the bodies published, for anyone,
    in the reader's language; kept by the page cache (see :mod:`.public_cache`)."""

    template_name = "governance/public/published.html"
    http_method_names = ["get", "head"]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **public_records()}
