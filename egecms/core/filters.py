"""The filters of the public listings, as django-filter FilterSets.

:class:`ContributionFilterSet` reads what every contribution listing is narrowed by — topic,
agency and country, and, for listed models that have them, outcome and year — from the query
string, under the parameter names the URLs have always used; each listing's FilterSet
subclasses it and adds its own. A value the form refuses is ignored; a topic or an agency
that exists nowhere matches nothing. The options of each select are named in the reader's
language from the cached labels (:class:`~egecms.core.labels.LocaleLabels`) and built only
when the form is shown, so reading the filters costs no query.
``egecms_core/includes/filters.html`` shows any of these FilterSets.
"""

import datetime
import re
from dataclasses import dataclass
from functools import partial

import django_filters
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .countries import LAC_COUNTRY_CODES, region_choices
from .filter_fields import FilterForm, ModelFieldOptionFilter, OptionFilter
from .labels import LocaleLabels

FIRST_YEAR = 1990
#: ``'²'.isdigit()`` is true but ``int('²')`` fails: a year is ASCII digits only.
ASCII_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Option:
    """One choice of a filter: the value in the URL and what the reader sees."""

    value: str
    label: str


def has_field(model, name):
    """Whether ``model`` has a field ``name`` (a practice's outcome, say)."""
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def applies(filter_, model):
    """Whether ``filter_`` narrows listings of ``model`` (outcome and year: practices')."""
    return not isinstance(filter_, ModelFieldOptionFilter) or has_field(model, filter_.field_name)


def is_language(code):
    """Whether ``code`` is one of the site's languages."""
    return code in dict(settings.LANGUAGES)


def in_language(queryset, name, value):
    """The pages whose languages (field ``name``, a JSON list of codes) include ``value``."""
    # Matching the quoted code works alike on SQLite and PostgreSQL.
    return queryset.filter(**{f"{name}__icontains": f'"{value}"'})


def by_label(options):
    return sorted(options, key=lambda option: option.label)


class ContributionFilterSet(django_filters.FilterSet):
    """The reader's filters of a contribution listing, read from its query string.

    Give it the queryset it narrows (``qs``, or :meth:`apply` for one known later) and the
    ``labels`` of the listing's locale (:class:`~egecms.core.labels.LocaleLabels`), or its
    ``locale``; ``keep``: what the form keeps besides the filters (the listing's ``view``).
    Filter values may also be given as keywords, as the query string gives them
    (``CalendarFilterSet(space="skills")``). Each filter's value reads as an attribute
    (``filters.topic``): its cleaned value, or empty when absent or refused.
    """

    topic = OptionFilter(label=_("Topic"), clip=100, method="filter_topic")
    agency = OptionFilter(label=_("Agency"), clip=20, method="filter_agency")
    country = OptionFilter(
        label=_("Country"),
        clip=10,
        upper=True,
        accept=LAC_COUNTRY_CODES.__contains__,
        method="filter_country",
    )
    outcome = ModelFieldOptionFilter(label=_("Outcome"), clip=20)
    year = ModelFieldOptionFilter(label=_("Year"), clip=4, accept=ASCII_DIGITS.fullmatch)

    #: The filters the form shows, in order (a FilterSet leaves out the others).
    field_order = ("topic", "agency", "country", "outcome", "year")
    #: Settings read with the filters that narrow nothing (the calendar's time zone).
    not_narrowing = ()
    #: ``{name: label}`` of the shared filters a listing names its own way.
    relabel = {}

    class Meta:
        form = FilterForm

    def __init__(
        self,
        data=None,
        queryset=None,
        *,
        request=None,
        prefix=None,
        labels=None,
        locale=None,
        keep=None,
        **values,
    ):
        if values:
            data = self._query_of(data, values)
        if queryset is None and self._meta.model is None:
            raise TypeError(f"{type(self).__name__} needs the queryset it narrows")
        super().__init__(
            QueryDict() if data is None else data, queryset, request=request, prefix=prefix
        )
        self._labels, self.locale, self.keep = labels, locale, dict(keep or {})
        for name, label in self.relabel.items():
            self.filters[name].label = label
        model = self.queryset.model
        self.filters = {
            name: self.filters[name]
            for name in self.field_order
            if name in self.filters and applies(self.filters[name], model)
        }

    @classmethod
    def _query_of(cls, data, values):
        """The query string that gives ``values`` (filter values given as keywords)."""
        if data is not None:
            raise TypeError(f"{cls.__name__} takes a query or filter values, not both")
        unknown = sorted(set(values) - set(cls.base_filters))
        if unknown:
            raise TypeError(f"{cls.__name__} has no filter named {', '.join(unknown)}")
        query = QueryDict(mutable=True)
        for name, value in values.items():
            query[name] = value
        return query

    @classmethod
    def from_query(cls, query, **kwargs):
        """The reader's filters in ``query`` (a QueryDict, e.g. ``request.GET``)."""
        return cls(query, **kwargs)

    def __getattr__(self, name):
        if name in type(self).base_filters:
            return self.values.get(name, "")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @cached_property
    def values(self):
        """``{name: value}`` of each filter: cleaned, or empty when absent or refused."""
        self.errors  # noqa: B018 - validates the form first
        cleaned = self.form.cleaned_data
        return {
            name: cleaned.get(name, getattr(filter_.field, "empty_value", None))
            for name, filter_ in self.filters.items()
        }

    @property
    def active(self):
        """Whether any filter narrows the listing."""
        return any(value for name, value in self.values.items() if name not in self.not_narrowing)

    @property
    def kept(self):
        """``(name, value)`` pairs the form sends back besides the filters."""
        return list(self.keep.items())

    @property
    def clear_url(self):
        """The listing without filters (what the form keeps kept), or None when none is set."""
        return f"?{urlencode(self.keep)}" if any(self.values.values()) else None

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic_items__tag__slug=value).distinct()

    def filter_agency(self, queryset, name, value):
        return queryset.filter(agencies__acronym__iexact=value).distinct()

    def filter_country(self, queryset, name, value):
        return queryset.filter(countries__contains=value)

    def apply(self, queryset):
        """``queryset`` narrowed by the valid filters (``qs`` narrows the FilterSet's own)."""
        self.errors  # noqa: B018 - validates the form first
        return self.filter_queryset(queryset)

    # -- the form -------------------------------------------------------------------------

    def get_form_class(self):
        form_class = super().get_form_class()
        for name, filter_ in self.filters.items():
            if isinstance(filter_, OptionFilter):
                # A callable: the options are built when the select is shown, not before.
                filter_.field.widget.choices = partial(self.choices_of, name)
        return form_class

    @cached_property
    def display_form(self):
        """The form as the reader sees it: showing the values the listing applies (a refused
        value as no choice), never marked invalid."""
        return self.get_form_class()(initial=self.values, prefix=self.form_prefix)

    def choices_of(self, name):
        return [
            ("", self.filters[name].empty_label),
            *((option.value, option.label) for option in self.options[name]),
        ]

    @cached_property
    def options(self):
        """``{name: [Option]}`` of each select, named in the reader's language."""
        return {
            name: getattr(self, f"{name}_options")()
            for name, filter_ in self.filters.items()
            if isinstance(filter_, OptionFilter)
        }

    @cached_property
    def labels(self):
        if self._labels is not None:
            return self._labels
        if self.locale is not None:
            return LocaleLabels.load(self.locale)
        return LocaleLabels.for_active_language()

    def topic_options(self):
        return by_label(Option(label.slug, label.name) for label in self.labels.topics.values())

    def agency_options(self):
        return by_label(
            Option(label.slug, f"{label.short} — {label.name}")
            for label in self.labels.agencies.values()
        )

    def country_options(self):
        return [Option(code, name) for code, name in region_choices()]

    def outcome_options(self):
        choices = self.queryset.model._meta.get_field("outcome").choices
        return [Option(value, str(label)) for value, label in choices]

    def year_options(self):
        this_year = datetime.date.today().year
        return [Option(str(year), str(year)) for year in range(this_year, FIRST_YEAR - 1, -1)]
