"""Which agencies already work on what a request for assistance asks for.

The action plan asks the platform to spare countries "costly duplication and competition"
between agencies. When program managers triage a request for country C on topics T,
:func:`duplication_report` lists, per agency, what it already does on C and any topic of T:

- other open requests for C sharing a topic, under the agency assigned to each, or else the
  agencies it was routed to;
- active, live, public services of the menu that name C (a region-wide service, naming no
  country, does not count as working on C), under their agencies and the agency whose space
  holds them;
- live, public practices naming C dated within the last ``EGECMS["DUPLICATION_PRACTICE_YEARS"]``
  years (default 2), under their agencies.

Whether a request, a service or a practice overlaps the request (same country, a shared topic)
is the core's one rule of overlap (:mod:`egecms.core.overlaps`), which the coordination app
applies to activities and missions too. It warns when two agencies or more appear. It never reads a requester's contact data, and it
takes a fixed number of queries however much there is to report.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext, ngettext
from django_countries.fields import Country

from assistance.models import AssistanceRequest, RequestRouting
from egecms.core.aggregation import relation_ids, restricted_q
from egecms.core.labels import LocaleLabels
from egecms.core.models import Agency, PageTopic
from egecms.core.overlaps import footprint, overlaps_with

from .matching import in_sentence, matchable_services, owning_agencies

DEFAULT_PRACTICE_YEARS = 2
KINDS = ("requests", "services", "practices")


@dataclass(frozen=True)
class RequestOverlap:
    """Another open request for the same country on a shared topic: reference and status."""

    pk: int
    reference: str
    status: str

    @property
    def status_label(self):
        return AssistanceRequest.Status(self.status).label


@dataclass(frozen=True)
class AgencyWork:
    """What one (canonical) agency already does on the country and the request's topics.

    ``requests``: :class:`RequestOverlap` list, newest first; ``services``: ``ServicePage``
    list by title; ``practices``: ``PracticePage`` list, newest first; ``topics``: names, in
    the active language, of the request's topics this work touches.
    """

    agency: Agency
    requests: list = field(default_factory=list)
    services: list = field(default_factory=list)
    practices: list = field(default_factory=list)
    topics: list = field(default_factory=list)


@dataclass(frozen=True)
class DuplicationReport:
    """The agencies already at work on the request's country and topics, by acronym.

    ``warn`` is true when at least two agencies appear; ``message`` then says how many, on
    which topics and where, in the active language (empty when no agency appears).
    """

    country: str = ""
    entries: list = field(default_factory=list)
    message: str = ""

    @property
    def agency_count(self):
        return len(self.entries)

    @property
    def warn(self):
        return self.agency_count >= 2


def duplication_report(assistance_request, *, now=None):
    """What other agencies already do on ``assistance_request``'s country and topics.

    ``now`` (default: the current time) dates the window of recent practices. Returns a
    :class:`DuplicationReport`, empty for a request without a country or topics.
    """
    country = str(getattr(assistance_request.country, "code", assistance_request.country) or "")
    topic_ids = set(assistance_request.topics.values_list("pk", flat=True))
    if not country or not topic_ids:
        return DuplicationReport(country=country)
    years = getattr(settings, "EGECMS", {}).get(
        "DUPLICATION_PRACTICE_YEARS", DEFAULT_PRACTICE_YEARS
    )
    found = {}
    subject = footprint(("request", assistance_request.pk), countries=[country], topics=topic_ids)
    _note_requests(found, subject, assistance_request, country, topic_ids)
    _note_pages(found, subject, country, topic_ids, since=_years_before(now, years))
    entries = _entries(found, _active_topic_labels())
    message = _message(entries, country) if entries else ""
    return DuplicationReport(country=country, entries=entries, message=message)


def _message(entries, country):
    """The warning in the active language: "2 agencies already work on open data in Peru." """
    topic_names = sorted({name for entry in entries for name in entry.topics})
    return ngettext(
        "%(count)s agency already works on %(topics)s in %(country)s.",
        "%(count)s agencies already work on %(topics)s in %(country)s.",
        len(entries),
    ) % {
        "count": len(entries),
        "topics": get_text_list([in_sentence(name) for name in topic_names], gettext("and")),
        "country": Country(country).name,
    }


def _empty_work():
    return {"topics": set(), **{kind: {} for kind in KINDS}}


def _note(found, agency_ids, kind, item, topic_ids):
    """Record ``item`` under each agency id (raw, not yet canonical), with the topics it shares."""
    for agency_id in agency_ids:
        work = found.setdefault(agency_id, _empty_work())
        work[kind][item.pk] = item
        work["topics"].update(topic_ids)


def _note_requests(found, subject, assistance_request, country, topic_ids):
    """Other open requests for ``country`` on a shared topic. Two queries: links, routings."""
    links = (
        AssistanceRequest.objects.filter(country=country, topics__in=topic_ids)
        .exclude(pk=assistance_request.pk)
        .exclude(status__in=AssistanceRequest.CLOSED_STATUSES)
        # Reuses the join of the filter: only the shared topics.
        .values_list("pk", "topics", "reference", "status", "assigned_agency_id")
    )
    requests, shared, assigned = {}, {}, {}
    for pk, topic_id, reference, status, agency_id in links:
        requests.setdefault(pk, RequestOverlap(pk=pk, reference=reference, status=status))
        shared.setdefault(pk, set()).add(topic_id)
        assigned[pk] = agency_id
    unassigned = [pk for pk, agency_id in assigned.items() if agency_id is None]
    routed = {}
    if unassigned:
        routings = RequestRouting.objects.filter(request_id__in=unassigned)
        for pk, agency_id in routings.values_list("request_id", "agency_id"):
            routed.setdefault(pk, []).append(agency_id)
    candidates = [
        footprint(("request", pk), countries=[country], topics=shared[pk], item=overlap)
        for pk, overlap in requests.items()
    ]
    for match in overlaps_with(subject, candidates):
        pk = match.second.item.pk
        agency_ids = [assigned[pk]] if assigned[pk] is not None else routed.get(pk, [])
        _note(found, agency_ids, "requests", match.second.item, match.topics)


def _note_pages(found, subject, country, topic_ids, *, since):
    """Services naming ``country`` and practices since ``since``, on a shared topic."""
    tagged = PageTopic.objects.filter(tag_id__in=topic_ids).values("content_object_id")
    # Codes are stored as "BO,PE": a two-letter substring can only be a whole code.
    services = list(matchable_services().filter(countries__contains=country, pk__in=tagged))
    practices = []
    if apps.is_installed("practices"):
        practices = list(
            apps.get_model("practices", "PracticePage")
            .objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, date__gte=since)
            .filter(countries__contains=country, pk__in=tagged)
            .exclude(restricted_q())
            .order_by("-date", "title", "pk")
        )
    if not services and not practices:
        return
    agency_ids, page_topic_ids = relation_ids(services + practices)
    owners = owning_agencies(services) if services else {}
    for kind, pages in (("services", services), ("practices", practices)):
        candidates = [
            footprint(
                ("page", page.pk),
                countries=page.countries,
                topics=page_topic_ids.get(page.pk, ()),
                item=page,
            )
            for page in pages
        ]
        for match in overlaps_with(subject, candidates):
            page = match.second.item
            agencies = set(agency_ids.get(page.pk, ()))
            if page.pk in owners:
                agencies.add(owners[page.pk])
            _note(found, sorted(agencies), kind, page, match.topics)


def _entries(found, topic_labels):
    """One :class:`AgencyWork` per canonical agency (translated copies merged into it)."""
    canonical = _canonical_agencies(found) if found else {}
    merged = {}
    for agency_id, work in found.items():
        agency = canonical.get(agency_id)
        if agency is not None:
            into = merged.setdefault(agency.pk, (agency, _empty_work()))[1]
            for key, items in work.items():
                into[key].update(items)
    entries = [
        AgencyWork(
            agency=agency,
            requests=list(work["requests"].values()),
            services=sorted(work["services"].values(), key=lambda page: (page.title, page.pk)),
            practices=sorted(work["practices"].values(), key=lambda page: page.date, reverse=True),
            topics=sorted(topic_labels[pk].name for pk in work["topics"] if pk in topic_labels),
        )
        for agency, work in merged.values()
    ]
    return sorted(entries, key=lambda entry: (entry.agency.acronym.casefold(), entry.agency.pk))


def _canonical_agencies(agency_ids):
    """``{agency id: default-locale Agency}`` for the ids and their translations. One query."""
    keys = Agency.objects.filter(pk__in=list(agency_ids)).values("translation_key")
    rows = list(
        Agency.objects.filter(translation_key__in=keys).annotate(
            language_code=F("locale__language_code")
        )
    )
    by_key = {
        row.translation_key: row for row in rows if row.language_code == settings.LANGUAGE_CODE
    }
    return {row.pk: by_key.get(row.translation_key, row) for row in rows if row.pk in agency_ids}


def _active_topic_labels():
    """``{canonical topic id: Label}`` named in the active language (default locale if none)."""
    return LocaleLabels.for_active_language().topics


def _years_before(now, years):
    """The date ``years`` years before ``now`` (a datetime; default: now), 28 Feb for 29 Feb."""
    now = now or timezone.now()
    today = timezone.localdate(now) if timezone.is_aware(now) else now.date()
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)
