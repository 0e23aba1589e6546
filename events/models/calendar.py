"""The reader-facing calendar and the compilation of recommendations (aggregates; they own
no content)."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from egecms.core.feeds.routes import SectionFeedsMixin
from egecms.core.listing import SectionIndexPage

from ..calendar_display import calendar_context
from ..compilation import compilation_context
from ..views.feeds import calendar_feed


class CalendarPage(SectionFeedsMixin, RoutablePageMixin, SectionIndexPage):
    """The calendar of e-government events: a month view, upcoming and past lists, feeds."""

    subpage_types = []
    listed_model = "events.EventPage"
    aggregates = True

    class Meta:
        verbose_name = _("calendar")

    def get_template(self, request, *args, **kwargs):
        return "events/calendar_page.html"

    def aggregate_context(self, request):
        return calendar_context(self, request)

    @path("")
    def calendar(self, request):
        return self.render(request)

    def get_cached_paths(self):
        """The calendar, its RSS and Atom feeds and its iCalendar feed (for purges)."""
        return [*super().get_cached_paths(), "feed.ics"]

    @re_path(r"^feed\.ics/?$", name="feed")
    def feed(self, request):
        """The events of this calendar's language as an iCalendar feed (filters as the page)."""
        return calendar_feed(request, self)


class RecommendationsPage(SectionIndexPage):
    """The compilation of conclusions and recommendations of every event of the locale."""

    subpage_types = []
    listed_model = "events.EventPage"
    aggregates = True
    #: Found by :func:`events.event_outcomes.compilation_url`: each event links to it.
    compiles_recommendations = True

    class Meta:
        verbose_name = _("conclusions and recommendations")
        verbose_name_plural = _("conclusions and recommendations")

    def get_template(self, request, *args, **kwargs):
        return "events/recommendations_page.html"

    def aggregate_context(self, request):
        return compilation_context(self, request)
