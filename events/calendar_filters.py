"""What readers narrow the calendar (and its iCal feed) by, kept in the URL so it can be
shared: topic, agency, country (shared with other listings), work space, event language,
month, and the time zone to show times in."""

import datetime
import re
import zoneinfo
from functools import cache as memoize

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from egecms.core import versioned_cache
from egecms.core.filter_fields import OptionFilter, OptionSelect
from egecms.core.filters import ContributionFilterSet, Option, in_language, is_language
from egecms.core.registry import workspace_types

from .models.event import EventPage
from .timezones import event_timezone_choices


@memoize
def known_time_zones():
    return frozenset(zoneinfo.available_timezones())


def is_time_zone(name):
    return name in known_time_zones()


def workspace_options(locale):
    """``{slug: (title, path)}`` of the live work spaces of ``locale``: one query, or none
    while the cache holds them (publishing, unpublishing, moving or deleting a work space
    empties it: see :func:`forget_workspace_options`)."""
    locale_id = getattr(locale, "pk", locale)

    def compute():
        rows = (
            Page.objects.live()
            .type(*workspace_types())
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("slug", "title", "path")
        )
        return {slug: (title, path) for slug, title, path in rows}

    return versioned_cache.get_or_compute("spaces", locale_id, compute)


def forget_workspace_options():
    versioned_cache.forget("spaces")


MONTH = re.compile(r"(\d{4})-(\d{1,2})", re.ASCII)


def parse_month(value):
    """The first day of the month ``YYYY-MM`` (between 1901 and 2199), or None."""
    match = MONTH.fullmatch(value or "")
    if not match:
        return None
    year, month = (int(part) for part in match.groups())
    return datetime.date(year, month, 1) if 1900 < year < 2200 and 1 <= month <= 12 else None


class MonthInput(forms.DateInput):
    """A month picker; where a browser shows a plain text box, the field's help text gives the
    format (HTML allows no placeholder on ``type=month``)."""

    input_type = "month"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m")


class MonthField(forms.DateField):
    """A month, ``YYYY-MM`` in the URL, read as its first day (anything else is refused)."""

    widget = MonthInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        month = parse_month(value)
        if month is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return month


class MonthFilter(django_filters.Filter):
    field_class = MonthField


class LanguageSelect(OptionSelect):
    """Languages, each named in itself (``lang`` tells screen readers which it is)."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class TimeZoneSelect(OptionSelect):
    """The time zones, and a button offering the reader's own (shown by a script)."""

    template_name = "events/widgets/time_zone_select.html"


class CalendarFilterSet(ContributionFilterSet):
    """The reader's calendar filters; unknown values are dropped, never an error.

    ``spaces``: :func:`workspace_options` of the calendar's locale, when already loaded (else
    read from its ``locale`` when needed). The month and the time zone narrow no event: the
    calendar shows the month's occurrences in that zone (:mod:`events.calendar_display`).
    """

    space = OptionFilter(
        label=_("Cluster, issue area or agency space"), clip=100, method="filter_space"
    )
    language = OptionFilter(
        field_name="languages",
        label=_("Event language"),
        accept=is_language,
        widget=LanguageSelect,
        method=in_language,
    )
    month = MonthFilter(label=_("Month"), help_text=_("YYYY-MM"), method="keep_all")
    tz = OptionFilter(
        label=_("Show times in"),
        empty_label=_("Each event's own time zone"),
        accept=is_time_zone,
        widget=TimeZoneSelect(attrs={"data-reader-tz": True}),
        method="keep_all",
    )

    field_order = ("agency", "space", "country", "topic", "language", "month", "tz")
    not_narrowing = ("tz",)

    class Meta(ContributionFilterSet.Meta):
        model = EventPage
        fields = []

    def __init__(self, *args, spaces=None, **kwargs):
        super().__init__(*args, **kwargs)
        if spaces is not None:
            self.spaces = spaces

    @cached_property
    def spaces(self):
        return workspace_options(self.locale) if self.locale is not None else {}

    def apply(self, queryset, *, spaces=None):
        """Narrow an EventPage queryset (``spaces``: as the constructor takes them)."""
        if spaces is not None:
            self.spaces = spaces
        return super().apply(queryset)

    def filter_country(self, queryset, name, value):
        # Where the event takes place as well as the countries it concerns.
        return queryset.filter(Q(country=value) | Q(countries__contains=value))

    def filter_space(self, queryset, name, value):
        _title, path = self.spaces.get(value, (None, None))
        return queryset.filter(path__startswith=path) if path else queryset.none()

    def keep_all(self, queryset, name, value):
        return queryset

    def query(self, **overrides):
        """The filters as query-string pairs (feeds and links keep the reader's choices)."""
        values = {**self.values, "month": self.month.strftime("%Y-%m") if self.month else ""}
        values.update(overrides)
        return {key: value for key, value in values.items() if value}

    def space_options(self):
        return [Option(slug, title) for slug, (title, _path) in self.spaces.items()]

    def language_options(self):
        return [
            Option(code, get_language_info(code)["name_local"])
            for code, _name in settings.LANGUAGES
        ]

    def tz_options(self):
        options = [Option(value, label) for value, label in event_timezone_choices()]
        if self.tz and self.tz not in {option.value for option in options}:
            options.append(Option(self.tz, self.tz))  # the reader's own zone, elsewhere
        return options
