"""The reader's filters of the activity listing and of the who-does-what-where matrix."""

import datetime

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from egecms.core.filter_fields import OptionFilter
from egecms.core.filters import ASCII_DIGITS, FIRST_YEAR, ContributionFilterSet, Option

STATUS_FIELD = "status"


def in_year_q(year, *, start="start_date", end="end_date"):
    """A Q matching what runs at some time in ``year`` (open-ended dates run for ever)."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": last})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": first})
    )


def clean_year(value):
    """``value`` as a year of the listing's range, or None."""
    if value and ASCII_DIGITS.fullmatch(str(value)):
        year = int(value)
        if FIRST_YEAR <= year <= datetime.date.today().year + 10:
            return year
    return None


class ActivityFilterSet(ContributionFilterSet):
    """Activities by topic, agency, country, status and the year they run in."""

    status = OptionFilter(label=_("Status"), clip=20, method="filter_status")
    year = OptionFilter(
        label=_("Year"), clip=4, accept=ASCII_DIGITS.fullmatch, method="filter_year"
    )

    field_order = ("topic", "agency", "country", "status", "year")

    def filter_status(self, queryset, name, value):
        return queryset.filter(status=value)

    def filter_year(self, queryset, name, value):
        year = clean_year(value)
        return queryset.filter(in_year_q(year)) if year else queryset.none()

    def status_options(self):
        choices = self.queryset.model._meta.get_field(STATUS_FIELD).choices
        return [Option(value, str(label)) for value, label in choices]

    def year_options(self):
        this_year = datetime.date.today().year
        return [Option(str(year), str(year)) for year in range(this_year + 5, FIRST_YEAR - 1, -1)]
