"""The countries of Latin America and the Caribbean, named by django-countries.

Only the ISO 3166-1 codes live here; the names (in the reader's language) come from the
library, so there is no hand-written table of translations to keep up to date.
"""

import functools

from django.utils import translation
from django_countries import Countries
from django_countries.fields import Country

# The 33 sovereign states of the region (UN M49 "Latin America and the Caribbean").
LAC_COUNTRY_CODES = (
    "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC", "SV",
    "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR",
    "TT", "UY", "VE",
)  # fmt: skip


class LatinAmericaAndCaribbean(Countries):
    """django-countries list restricted to the region the Task Force serves."""

    only = LAC_COUNTRY_CODES
    first_repeat = False


@functools.lru_cache(maxsize=2048)
def _country_name(code, language):
    with translation.override(language):
        return str(Country(code).name)


def country_name(country):
    """The name of ``country`` (a django-countries ``Country`` or a code) in the active
    language, worked out once per code and language in a process (django-countries builds
    and sorts its translated table on every lookup)."""
    code = getattr(country, "code", country)
    return _country_name(code, translation.get_language()) if code else ""


def region_choices():
    """``[(code, name)]`` of the region's countries in the active language, sorted by name as
    django-countries sorts them; worked out once per language in a process."""
    return _region_choices(translation.get_language())


@functools.lru_cache(maxsize=16)
def _region_choices(language):
    with translation.override(language):
        return [(code, str(name)) for code, name in LatinAmericaAndCaribbean()]
