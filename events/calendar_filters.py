"""What readers narrow the calendar (and its feeds) by, kept in the URL so it can be shared:
topic, agency, country (shared with other listings), work space, event language, month, and
the time zone to show times in."""

import datetime
import zoneinfo
from dataclasses import dataclass, replace
from functools import cache as memoize

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from egecms.core import versioned_cache
from egecms.core.filters import ContributionFilters, Option
from egecms.core.models import WorkspacePage

from .timezones import event_timezone_choices


@memoize
def known_time_zones():
    return frozenset(zoneinfo.available_timezones())


def workspace_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, WorkspacePage)]


def workspace_options(locale):
    """``{slug: (title, path)}`` of the live work spaces of ``locale``: one query, or none
    while the cache holds them (publishing, unpublishing, moving or deleting a work space
    empties it: see :func:`forget_workspace_options`)."""
    locale_id = getattr(locale, "pk", locale)

    def compute():
        rows = (
            Page.objects.live()
            .type(*workspace_models())
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("slug", "title", "path")
        )
        return {slug: (title, path) for slug, title, path in rows}

    return versioned_cache.get_or_compute("spaces", locale_id, compute)


def forget_workspace_options():
    versioned_cache.forget("spaces")


def parse_month(value):
    """The first day of the month ``YYYY-MM``, or None."""
    try:
        year, month = (int(part) for part in (value or "").split("-", 1))
        return datetime.date(year, month, 1) if 1900 < year < 2200 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class CalendarFilters(ContributionFilters):
    """The reader's calendar filters; unknown values are dropped, never an error."""

    space: str = ""
    language: str = ""
    month: datetime.date | None = None
    tz: str = ""

    @classmethod
    def from_query(cls, query):
        base = ContributionFilters.from_query(query)
        language = query.get("language", "")
        tz = query.get("tz", "")
        return cls(
            topic=base.topic,
            agency=base.agency,
            country=base.country,
            space=query.get("space", "").replace("\x00", "\ufffd")[:100],
            language=language if language in dict(settings.LANGUAGES) else "",
            month=parse_month(query.get("month")),
            tz=tz if tz in known_time_zones() else "",
        )

    @property
    def active(self):
        return super().active or any((self.space, self.language, self.month))

    def apply(self, queryset, *, spaces=None):
        """Narrow an EventPage queryset (``spaces`` from :func:`workspace_options`).

        A country matches where the event takes place as well as the countries it concerns.
        """
        queryset = ContributionFilters.apply(replace(self, country=""), queryset)
        if self.country:
            queryset = queryset.filter(
                Q(country=self.country) | Q(countries__contains=self.country)
            )
        if self.space:
            _title, path = (spaces or {}).get(self.space, (None, None))
            queryset = queryset.filter(path__startswith=path) if path else queryset.none()
        if self.language:
            queryset = queryset.filter(languages__icontains=f'"{self.language}"')
        return queryset

    def query(self, **overrides):
        """The filters as query-string pairs (feeds and links keep the reader's choices)."""
        values = {
            "topic": self.topic,
            "agency": self.agency,
            "country": self.country,
            "space": self.space,
            "language": self.language,
            "month": self.month.strftime("%Y-%m") if self.month else "",
            "tz": self.tz,
        }
        values.update(overrides)
        return {key: value for key, value in values.items() if value}


def calendar_filter_options(labels, spaces):
    """Choices of every calendar filter, named in the reader's language."""
    from egecms.core.filters import filter_options

    options = filter_options(labels)
    options["space"] = [Option(slug, title) for slug, (title, _path) in spaces.items()]
    options["language"] = [Option(code, name) for code, name in settings.LANGUAGES]
    options["tz"] = [Option(value, label) for value, label in event_timezone_choices()]
    options["tz_values"] = {option.value for option in options["tz"]}
    return options
