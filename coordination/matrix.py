"""Who does what where: agencies × countries, in a fixed number of queries.

Each cell counts, for one agency and one country of the region: its active activities, the
services of the menu that name the country, the practices from the country and the upcoming
events there — each under the reader's topic filter (and, for activities and practices, its
year filter: activities running that year, practices of that year). Each count links to the
listing that shows exactly those items: the listing's own filters
(``?agency=IDB&country=PE&topic=open-data``), applied to the same live, public pages of the
locale. Two queries per kind of content (pages with their countries, then their
agencies), whatever the amount of content — three for events — counts are made in Python from
those rows.

Events are counted as the calendar they link to lists them: one per upcoming *date* (a
repeating event counts each of its occurrences not yet over, cancelled ones included, as the
calendar shows them marked), in the country where it takes place or a country it concerns.
"""

import csv
import io
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Count as CountOf
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from egecms.core.aggregation import contribution_queryset, restricted_q
from egecms.core.cards import section_urls
from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.labels import LocaleLabels
from egecms.core.models import Agency
from egecms.core.registry import contribution_types

from .filters import ActivityFilterSet, clean_year, in_year_q
from .tile_map import tile_map


@dataclass(frozen=True)
class Kind:
    """One kind of content the matrix counts.

    ``occurrences``: the reverse relation of dated occurrences counted instead of pages (those
    not over); ``place``: a field naming one more country the page is in (an event's venue).
    """

    key: str
    model: str
    label: str
    occurrences: str = ""
    place: str = ""


KINDS = (
    Kind("activities", "coordination.ActivityPage", _("Active activities")),
    Kind("services", "services.ServicePage", _("Services")),
    Kind("practices", "practices.PracticePage", _("Practices")),
    Kind(
        "events",
        "events.EventPage",
        _("Upcoming events"),
        occurrences="occurrences",
        place="country",
    ),
)


@dataclass
class Count:
    """One number of a cell and the listing that shows what it counts (None when 0)."""

    kind: Kind
    count: int
    url: str | None


@dataclass
class Row:
    """One country: its code, name, profile address and a cell (list of counts) per agency."""

    code: str
    name: str
    profile_url: str
    cells: list = field(default_factory=list)

    @property
    def total(self):
        return sum(count.count for cell in self.cells for count in cell)


@dataclass
class Matrix:
    """The table: ``agencies`` (labels, as columns), ``kinds`` counted, ``rows`` by country."""

    agencies: list
    kinds: list
    rows: list
    filters: object
    topic: str = ""
    year: int | None = None
    tiles: list = field(default_factory=list)  # the tile-grid map (:mod:`.tile_map`)

    @property
    def csv_query(self):
        query = {
            name: value for name, value in (("topic", self.topic), ("year", self.year)) if value
        }
        return f"?{urlencode(query)}" if query else ""


def installed_kinds():
    """The kinds whose apps are installed."""
    return [kind for kind in KINDS if apps.is_installed(kind.model.split(".")[0])]


def _model(kind):
    return apps.get_model(kind.model)


def kind_queryset(kind, *, locale, topic="", year=None, today=None, request=None):
    """The live, public pages of ``kind`` in ``locale`` the matrix counts (as listed)."""
    model = _model(kind)
    queryset = contribution_queryset(model, locale=locale, exclude_q=restricted_q(request))
    if topic:
        queryset = queryset.filter(topic_items__tag__slug=topic)
    if kind.key == "activities":
        queryset = queryset.filter(status=model.Status.ACTIVE)
        if year:
            queryset = queryset.filter(in_year_q(year))
    elif kind.key == "practices" and year:
        queryset = queryset.filter(year=year)
    if kind.occurrences:
        # Upcoming, as the calendar lists them: with an occurrence not over (a repeating
        # event whose first date is past still has some). The year narrows no event (the
        # calendar has no year filter to link to).
        queryset = queryset.filter(
            Exists(
                _upcoming_occurrences(kind, today).filter(**{_occurrence_fk(kind): OuterRef("pk")})
            )
        )
    return queryset


def _occurrence_fk(kind):
    return _model(kind)._meta.get_field(kind.occurrences).field.name


def _upcoming_occurrences(kind, today=None):
    """The occurrences of ``kind`` not over at ``today`` (now when None)."""
    now = timezone.now() if today is None else today
    related = _model(kind)._meta.get_field(kind.occurrences).related_model
    return related.objects.filter(end__gte=now)


def in_country_q(kind, code):
    """A Q for the pages of ``kind`` in ``code``: naming it, or (events) taking place there."""
    condition = Q(countries__contains=code)
    if kind.place:
        condition |= Q(**{kind.place: code})
    return condition


def _weights(kind, pages, today=None):
    """``{page id: upcoming occurrences}`` for a kind counted by occurrences (one query), else
    None (each page counts one)."""
    if not kind.occurrences:
        return None
    fk = _occurrence_fk(kind)
    rows = (
        _upcoming_occurrences(kind, today)
        .filter(**{f"{fk}_id__in": pages.order_by().values("pk")})
        .values(f"{fk}_id")
        .annotate(number=CountOf("pk"))
        .values_list(f"{fk}_id", "number")
    )
    return dict(rows.order_by())


def tally(kind, *, locale, topic="", year=None, today=None, request=None):
    """``(counts by cell, counts by country)`` of ``kind``: by cell ``{(canonical agency id,
    country code): count}`` of pages, or (events) their upcoming occurrences; by country, each
    page (or occurrence) once, whatever its agencies. Two queries (three for events)."""
    model = _model(kind)
    pages = kind_queryset(kind, locale=locale, topic=topic, year=year, today=today, request=request)
    fields = ("pk", "countries", kind.place) if kind.place else ("pk", "countries")
    countries = {}
    for page_id, codes, *place in pages.order_by().values_list(*fields).distinct():
        found = {code.strip() for code in str(codes or "").split(",") if code.strip()}
        found.update(str(code) for code in place if code)
        countries[page_id] = found
    if not countries:
        return {}, {}
    weights = _weights(kind, pages, today)
    by_country = {}
    for page_id, codes in countries.items():
        weight = 1 if weights is None else weights.get(page_id, 0)
        for code in codes:
            by_country[code] = by_country.get(code, 0) + weight
    relation = model._meta.get_field("agencies")
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    links = relation.remote_field.through.objects.filter(
        **{f"{source}_id__in": pages.order_by().values("pk")}
    ).values_list(f"{source}_id", f"{target}_id")
    counts = {}
    for page_id, agency_id in links:
        weight = 1 if weights is None else weights.get(page_id, 0)
        for code in countries.get(page_id, ()):
            counts[(agency_id, code)] = counts.get((agency_id, code), 0) + weight
    cells = {cell: number for cell, number in counts.items() if number}
    return cells, {code: number for code, number in by_country.items() if number}


def listing_url(kind, base, *, agency, country, topic="", year=None):
    """The listing of ``kind`` at ``base`` filtered to one cell."""
    query = {"agency": agency, "country": country}
    if topic:
        query["topic"] = topic
    if kind.key == "activities":
        query["status"] = "active"
    if year and kind.key in ("activities", "practices"):
        query["year"] = year
    return f"{base}?{urlencode(query)}"


def member_agencies():
    """The canonical agencies, members first, by acronym. One query."""
    return list(
        Agency.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "-status", "acronym"
        )
    )


def who_does_what_where(*, page, request=None, today=None):
    """The :class:`Matrix` shown on ``page`` (a ``CountryProfilesPage``) for its locale,
    filtered by the request's ``topic`` and ``year``."""
    locale = page.locale_id
    labels = LocaleLabels.load(locale)
    query = request.GET if request is not None else None
    filters = ActivityFilterSet(
        query,
        queryset=_model(KINDS[0]).objects.none(),
        labels=labels,
    )
    filters.filters = {name: filters.filters[name] for name in ("topic", "year")}
    topic = filters.values.get("topic") or ""
    year = clean_year(filters.values.get("year"))
    kinds = installed_kinds()
    topic_page = page.get_parent()
    urls = section_urls(topic_page, request)
    tallies = {
        kind.key: tally(kind, locale=locale, topic=topic, year=year, today=today, request=request)
        for kind in kinds
    }
    counts = {key: cells for key, (cells, _by_country) in tallies.items()}
    bases = {kind.key: listing_base(urls, kind) for kind in kinds}
    agencies = [agency for agency in member_agencies() if agency.pk in labels.agencies]
    rows = []
    for code, name in LatinAmericaAndCaribbean():
        row = Row(code=code, name=name, profile_url=page.country_url(code, request=request))
        for agency in agencies:
            cell = []
            for kind in kinds:
                number = counts[kind.key].get((agency.pk, code), 0)
                url = None
                if number and bases[kind.key]:
                    url = listing_url(
                        kind,
                        bases[kind.key],
                        agency=agency.acronym,
                        country=code,
                        topic=topic,
                        year=year,
                    )
                cell.append(Count(kind=kind, count=number, url=url))
            row.cells.append(cell)
        rows.append(row)
    _cells, activities_by_country = tallies[KINDS[0].key]
    return Matrix(
        agencies=[labels.agencies[agency.pk] for agency in agencies],
        kinds=kinds,
        rows=rows,
        filters=filters,
        topic=topic,
        year=year,
        tiles=tile_map(rows, activities_by_country),
    )


def listing_base(urls, kind):
    """The address of the listing of ``kind`` (its section page, or the route under it that
    lists it), from ``section_urls``' ``{page model: url}``; None where there is none."""
    model = _section_model(kind)
    base = urls.get(model)
    return f"{base}{getattr(model, 'listing_route', '')}" if base else None


def _section_model(kind):
    """The aggregate page type listing ``kind`` (the menu of services, the calendar…)."""
    model = _model(kind)
    return contribution_types.get(model).section_model if model in contribution_types else None


def matrix_csv(matrix):
    """The matrix as CSV text: one line per country and agency with something to count."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [gettext("Country code"), gettext("Country"), gettext("Agency")]
        + [str(kind.label) for kind in matrix.kinds]
    )
    for row in matrix.rows:
        for agency, cell in zip(matrix.agencies, row.cells, strict=True):
            if any(count.count for count in cell):
                writer.writerow(
                    [row.code, row.name, agency.short] + [count.count for count in cell]
                )
    return out.getvalue()
