"""Which agencies and services of the menu match a request for assistance, and why.

``match_request`` ranks the active services by, in this order of weight: shared topics, then
country coverage (a service naming the country beats a region-wide one, i.e. one naming no
country), then the requester's language, then the kind of assistance asked for. Every point
of a score comes with a reason a program manager can read ("covers Peru", "offers training
in digital identity"). A service that covers neither the country nor the whole region is left
out; when that leaves nothing, the result says that nobody covers the country rather than
offering the nearest guess.

The weights make the order lexicographic: one shared topic outweighs everything else
together, a named country outweighs a region-wide one plus language and modality.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils.translation import get_language_info, gettext
from django_countries.fields import Country
from wagtail.models import Page

from egecms.core.aggregation import relation_ids, restricted_q
from egecms.core.labels import LocaleLabels
from egecms.core.models import Agency
from egecms.core.vocabulary import AssistanceKind

TOPIC_WEIGHT = 100
COUNTRY_WEIGHT = 20
REGION_WIDE_WEIGHT = 10
LANGUAGE_WEIGHT = 4
MODALITY_WEIGHT = 2
EXTRA_SERVICE_WEIGHT = 1  # an agency with more matching services wins a tie


@dataclass(frozen=True)
class Reason:
    """One readable reason for a match; ``kind`` is topic, country, region, language or
    modality, ``key`` the topic id, country or language code or modality matched."""

    kind: str
    key: object
    text: str

    def __str__(self):
        return self.text


@dataclass
class ServiceMatch:
    """A service of the menu that matches, its score and its reasons."""

    service: object  # a ServicePage of the menu of services
    score: int
    reasons: list = field(default_factory=list)


@dataclass
class AgencyMatch:
    """An agency offering matching services, best first; its score is its best service's
    (plus a little for each further match)."""

    agency: Agency
    score: int
    services: list = field(default_factory=list)

    @property
    def reasons(self):
        """The reasons of the agency's best service."""
        return self.services[0].reasons if self.services else []


@dataclass
class MatchResult:
    """The ranked :class:`AgencyMatch` list (iterate it), with what could not be matched.

    ``uncovered_country``: no active service covers the request's country, not even a
    region-wide one; ``no_topic_match``: some do, but none on the requested topics. Either
    way ``agencies`` is empty and ``message`` says so.
    """

    agencies: list
    country: str = ""
    uncovered_country: bool = False
    no_topic_match: bool = False
    message: str = ""

    def __iter__(self):
        return iter(self.agencies)

    def __len__(self):
        return len(self.agencies)

    def __getitem__(self, index):
        return self.agencies[index]

    def __bool__(self):
        return bool(self.agencies)


@dataclass(frozen=True)
class MatchQuery:
    """What matching reads of a request: country code, canonical topic ids, language, modality."""

    country: str = ""
    topic_ids: frozenset = frozenset()
    language: str = ""
    modality: str = ""

    @classmethod
    def of(cls, request_or_data):
        """From an ``AssistanceRequest`` (one query for its topics) or a mapping with
        ``country``, ``topics`` (topics or ids), ``preferred_language``, ``modality``."""
        if isinstance(request_or_data, cls):
            return request_or_data
        if isinstance(request_or_data, Mapping):
            get = request_or_data.get
            topics = get("topics") or ()
        else:

            def get(name, default=None):
                return getattr(request_or_data, name, default)

            topics = request_or_data.topics.values_list("pk", flat=True)
        return cls(
            country=str(getattr(get("country"), "code", get("country")) or ""),
            topic_ids=frozenset(getattr(topic, "pk", topic) for topic in topics),
            language=get("preferred_language") or "",
            modality=get("modality") or "",
        )


def matchable_services():
    """Active, live, public services of the default locale (whose topics and agencies are the
    canonical ones the request points at)."""
    if not apps.is_installed("services"):  # no menu of services: nothing to match
        return Page.objects.none()
    return (
        apps.get_model("services", "ServicePage")
        .objects.live()
        .filter(is_active=True, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(restricted_q())
        .order_by("title", "pk")
    )


def in_sentence(label):
    """``"Digital identity"`` -> ``"digital identity"``, leaving acronyms (``"GEALC"``) alone."""
    label = str(label)
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def owning_agencies(services):
    """``{service id: agency id}`` of the agency space each service lives in. One query."""
    if not apps.is_installed("agencies"):  # then no service has an agency space to live in
        return {}
    agency_space = apps.get_model("agencies", "AgencyPage")
    parent_paths = {service.path[: -Page.steplen] for service in services}
    by_path = dict(
        agency_space.objects.filter(path__in=parent_paths).values_list("path", "agency_id")
    )
    owners = {}
    for service in services:
        agency_id = by_path.get(service.path[: -Page.steplen])
        if agency_id is not None:
            owners[service.pk] = agency_id
    return owners


class _Phrases:
    """Reasons worded in the active language, with names (topics, countries, languages) in it."""

    def __init__(self):
        self.topics = LocaleLabels.for_active_language().topics
        self.modalities = dict(AssistanceKind.choices)

    def topic(self, topic_id, modality):
        topic = self.topics.get(topic_id)
        return Reason(
            "topic",
            topic_id,
            gettext("offers %(modality)s in %(topic)s")
            % {
                "modality": in_sentence(self.modalities.get(modality, modality)),
                "topic": in_sentence(topic.name if topic else topic_id),
            },
        )

    def country(self, code):
        return Reason(
            "country", code, gettext("covers %(country)s") % {"country": Country(code).name}
        )

    def region(self):
        return Reason("region", "", gettext("covers the whole region"))

    def language(self, code):
        name = get_language_info(code)["name_translated"]
        return Reason("language", code, gettext("works in %(language)s") % {"language": name})

    def modality(self, modality):
        label = in_sentence(self.modalities.get(modality, modality))
        return Reason("modality", modality, gettext("modality: %(modality)s") % {"modality": label})


def _score_service(service, topic_ids, query, phrases):
    """``(score, reasons, on_topic)`` of one service; ``None`` when it does not cover the
    request's country."""
    score, reasons = 0, []
    countries = {country.code for country in service.countries}
    if query.country:
        if query.country in countries:
            score += COUNTRY_WEIGHT
            reasons.append(phrases.country(query.country))
        elif not countries:
            score += REGION_WIDE_WEIGHT
            reasons.append(phrases.region())
        else:
            return None
    shared = sorted(
        query.topic_ids & set(topic_ids),
        key=lambda pk: phrases.topics[pk].name if pk in phrases.topics else str(pk),
    )
    score += TOPIC_WEIGHT * len(shared)
    # Topics first: they weigh most, and they say what the service offers.
    reasons[:0] = [phrases.topic(pk, service.modality) for pk in shared]
    if query.language and query.language in (service.languages or []):
        score += LANGUAGE_WEIGHT
        reasons.append(phrases.language(query.language))
    if query.modality and service.modality == query.modality:
        score += MODALITY_WEIGHT
        reasons.append(phrases.modality(query.modality))
    return score, reasons, bool(shared)


def match_request(request_or_data, services=None):
    """Rank the agencies whose services match a request, each with its reasons.

    ``request_or_data``: an ``AssistanceRequest``, a mapping of its fields or a
    :class:`MatchQuery`. ``services``: the services to consider (default
    :func:`matchable_services`). Reasons are worded in the active language. Returns a
    :class:`MatchResult`; a fixed number of queries however many services there are.
    """
    query = MatchQuery.of(request_or_data)
    services = list(matchable_services() if services is None else services)
    phrases = _Phrases()
    agency_ids, topic_ids = relation_ids(services) if services else ({}, {})
    owners = owning_agencies(services) if services else {}

    covering, matches = 0, []
    for service in services:
        scored = _score_service(service, topic_ids.get(service.pk, ()), query, phrases)
        if scored is None:
            continue
        covering += 1
        score, reasons, on_topic = scored
        if query.topic_ids and not on_topic:
            continue
        matches.append(ServiceMatch(service=service, score=score, reasons=reasons))

    country_name = Country(query.country).name if query.country else ""
    if query.country and not covering:
        return MatchResult(
            agencies=[],
            country=query.country,
            uncovered_country=True,
            message=gettext("No service in the menu covers %(country)s.")
            % {"country": country_name},
        )
    if not matches:
        return MatchResult(
            agencies=[],
            country=query.country,
            no_topic_match=bool(query.topic_ids),
            message=gettext("No service in the menu matches the requested topics.")
            if query.topic_ids
            else gettext("No service in the menu matches this request."),
        )
    return MatchResult(agencies=_by_agency(matches, agency_ids, owners), country=query.country)


def _by_agency(matches, agency_ids, owners):
    """Group service matches under each agency offering them (listed or owning), ranked."""
    services_by_agency = {}
    for match in matches:
        offering = set(agency_ids.get(match.service.pk, ()))
        if match.service.pk in owners:
            offering.add(owners[match.service.pk])
        for agency_id in offering:
            services_by_agency.setdefault(agency_id, []).append(match)
    agencies = Agency.objects.in_bulk(list(services_by_agency))
    ranked = []
    for agency_id, service_matches in services_by_agency.items():
        if agency_id not in agencies:
            continue
        service_matches.sort(key=lambda match: (-match.score, match.service.title))
        score = service_matches[0].score + EXTRA_SERVICE_WEIGHT * (len(service_matches) - 1)
        ranked.append(
            AgencyMatch(agency=agencies[agency_id], score=score, services=service_matches)
        )
    ranked.sort(key=lambda match: (-match.score, match.agency.acronym))
    return ranked
