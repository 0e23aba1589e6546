"""The calendar page's iCalendar feed: the live public events of its language in the feed's
window, narrowed by the reader's filters as the page is, named after what it is narrowed to."""

from django.utils import timezone, translation
from django_countries.fields import Country

from ..calendar_filters import workspace_options
from ..calendar_queries import feed_events, visible_events
from .export import build_calendar, feed_window
from .loading import load_events


def _printable(value):
    return "".join(character for character in value if character.isprintable())


def feed_name(*, title, filters, loaded, spaces):
    """The calendar's name in the active language: the calendar page's title and what the
    feed is narrowed to, e.g. "Calendar — IDB · Peru"."""
    parts = []
    if filters.agency:
        acronym = loaded.agency_names.get(filters.agency.lower(), filters.agency.upper())
        parts.append(_printable(acronym))
    if filters.space:
        parts.append(spaces.get(filters.space, (_printable(filters.space), None))[0])
    if filters.country:
        parts.append(Country(filters.country).name)
    if filters.topic:
        parts.append(loaded.topic_name(filters.topic) or _printable(filters.topic))
    if filters.language:
        parts.append(translation.get_language_info(filters.language)["name_translated"])
    return f"{title} — {' · '.join(str(part) for part in parts)}" if parts else title


def calendar_feed_calendar(*, calendar_page, filters, request=None, now=None):
    """The feed of a calendar page: the live public events of its locale in the
    :func:`~events.ical.export.feed_window`, narrowed by the reader's
    :class:`~events.calendar_filters.CalendarFilterSet` (as the page is)."""
    locale_id = calendar_page.locale_id
    spaces = workspace_options(locale_id) if filters.space else {}
    events = visible_events(locale=locale_id, filters=filters, spaces=spaces, request=request)
    past, limit = feed_window()
    shown = feed_events(events=events, now=now or timezone.now(), past=past, limit=limit)
    loaded = load_events(shown, locale_id=locale_id, agency=filters.agency)
    language = loaded.language or calendar_page.locale.language_code
    with translation.override(language):
        name = feed_name(title=calendar_page.title, filters=filters, loaded=loaded, spaces=spaces)
    return build_calendar(
        loaded=loaded, language=language, name=name, request=request, feed=True, now=now
    )
