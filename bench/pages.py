"""The public pages ``make bench`` measures, found in the demo's English tree."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from egecms.core.models import TopicPage
from egecms.search.models import SearchPage
from events.models import CalendarPage
from practices.models import PracticeLibraryPage
from services.models import ServiceMenuPage


def public_pages():
    """``{name: path}`` of the pages readers load most, each a different kind of work."""
    english = Locale.objects.get(language_code="en")

    def url(model):
        return model.objects.live().filter(locale=english).first().url

    calendar, search = url(CalendarPage), url(SearchPage)
    month = (timezone.now() + datetime.timedelta(days=30)).strftime("%Y-%m")
    return {
        "topic page": url(TopicPage),
        "practice library": url(PracticeLibraryPage),
        "menu of services": url(ServiceMenuPage),
        "calendar": calendar,
        "calendar month": f"{calendar}?view=month&month={month}",
        "calendar feed.ics": f"{calendar}feed.ics",
        "search (browse)": search,
        "search (words)": f"{search}?q=municipal+identity",
        "search (facets)": f"{search}?q=municipal&type=practices.practicepage&country=PE",
    }
