"""One search over every contribution type, in the reader's locale, with facets and counts.

The text part goes to Wagtail's search backend (database, PostgreSQL, Elasticsearch or
OpenSearch, as configured) over ``SearchDocument``; facets are counted here, on the matching
documents, so that each count is exactly the number of results the reader gets by choosing
that value: for a facet, the documents matching the query and every *other* chosen facet.
Facets combine (one value each); the state lives in the URL.

Queries: one for the matching documents, whose rows carry everything the page shows (work
spaces' titles included); agency and topic names come from the per-locale label cache.
"""

import datetime
import importlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country
from wagtail.search.query import And, Or, PlainText

from egecms.core.filters import has_field
from egecms.core.labels import LocaleLabels
from egecms.core.registry import contribution_types

from .models.documents import SearchDocument
from .text import query_keys

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200

FACETS = {
    "type": _("Type"),
    "agency": _("Agency"),
    "country": _("Country"),
    "space": _("Cluster or issue area"),
    "topic": _("Topic"),
    "year": _("Year"),
    "outcome": _("Outcome"),
}


# What a facet's value looks like in the URL (ASCII only: "²".isdigit() is true, int() fails).
FACET_SHAPES = {
    "type": re.compile(r"[a-z_]+\.[a-z_]+", re.ASCII),
    "agency": re.compile(r"\d{1,18}", re.ASCII),
    "country": re.compile(r"[A-Z]{2}", re.ASCII),
    "space": re.compile(r"\d{1,18}", re.ASCII),
    "topic": re.compile(r"\d{1,18}", re.ASCII),
    "year": re.compile(r"\d{4}", re.ASCII),
    "outcome": re.compile(r"[a-z]{1,20}", re.ASCII),
}


class SearchUnavailable(Exception):
    """The search backend did not answer (down, slow, misconfigured)."""


def backend_errors():
    """The exceptions a search server's client raises when the server is down or slow."""
    errors = [OSError, TimeoutError]
    for module, name in (
        ("elastic_transport", "TransportError"),
        ("elasticsearch", "ApiError"),
        ("opensearchpy.exceptions", "OpenSearchException"),
    ):
        try:
            errors.append(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):
            continue
    return tuple(errors)


def _clean(value, limit):
    return (value or "").replace("\x00", "").strip()[:limit]


@dataclass(frozen=True)
class SearchState:
    """What the reader asked: words, one value per facet, a page number (all from the URL)."""

    q: str = ""
    chosen: tuple = ()  # ((facet, value), ...) in FACETS order
    page: str = "1"

    @classmethod
    def from_querydict(cls, data):
        """The state in ``data``; a facet value of the wrong shape (``agency=²``) is ignored,
        as it could match nothing."""
        chosen = tuple(
            (name, value)
            for name in FACETS
            if (value := _clean(data.get(name), 100)) and FACET_SHAPES[name].fullmatch(value)
        )
        return cls(
            q=_clean(data.get("q"), MAX_QUERY_LENGTH), chosen=chosen, page=data.get("page", "1")
        )

    @property
    def chosen_dict(self):
        return dict(self.chosen)

    def params(self, **changes):
        """The URL parameters of this state with ``changes`` (``None`` removes a facet)."""
        params = {"q": self.q, **self.chosen_dict}
        for name, value in changes.items():
            if value is None:
                params.pop(name, None)
            else:
                params[name] = value
        return {name: value for name, value in params.items() if value}


def facet_values(document, facet):
    """The values ``document`` has for ``facet`` (strings)."""
    if facet == "type":
        return {document.kind}
    if facet == "agency":
        return {str(pk) for pk in document.agency_ids}
    if facet == "country":
        return set(document.country_codes)
    if facet == "space":
        return {str(document.workspace_id)} if document.workspace_id else set()
    if facet == "topic":
        return {str(pk) for pk in document.topic_ids}
    if facet == "year":
        return {str(document.year)} if document.year else set()
    if facet == "outcome":
        return {document.outcome} if document.outcome else set()
    raise KeyError(facet)


def _matches(document, chosen, *, except_facet=None):
    return all(
        value in facet_values(document, facet)
        for facet, value in chosen.items()
        if facet != except_facet
    )


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    chosen: bool
    url: str = ""  # the search with this value chosen (or, if chosen, without it)


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)

    @property
    def chosen(self):
        return next((value for value in self.values if value.chosen), None)


@dataclass
class Result:
    """One result as the page shows it, labels in the reader's language."""

    document: SearchDocument
    type_label: str
    agencies: list
    outcome_label: str = ""


@dataclass
class SearchOutcome:
    state: SearchState
    results: list = field(default_factory=list)  # SearchDocument, best first
    total: int = 0
    facets: list = field(default_factory=list)
    page_obj: object = None
    unavailable: bool = False
    clear_url: str = "?"


def backend_query(keys):
    """The Wagtail query for the reader's words (:func:`query_keys`): every word, by any of
    its keys."""
    return And([Or([PlainText(key) for key in word]) for word in keys])


def matching_documents(state, locale_id, language):
    """Documents of the locale matching the words, best first (all of them, newest first,
    when there are no words)."""
    documents = SearchDocument.objects.filter(locale_id=locale_id).defer("body_keys")
    keys = query_keys(state.q, language)
    if not keys:
        return list(documents.order_by("-date", "-pk"))
    try:
        # Unranked by the backend: Wagtail's SQLite backend scores each match with a query of
        # its own, which grows with the results; the ranking below is the same on every one.
        found = list(documents.search(backend_query(keys), order_by_relevance=False))
    except backend_errors() as error:  # connection refused, timeout, bad gateway...
        logger.warning("Search backend unavailable: %s", error)
        raise SearchUnavailable from error
    return rank(found, keys)


def rank(documents, keys):
    """Best first: documents whose title holds more of the words, then the newest."""

    def title_hits(document):
        title = set(document.title_keys.split())
        return sum(1 for word in keys if title.intersection(word))

    newest_first = sorted(
        documents,
        key=lambda document: (document.date or datetime.date.min, document.pk),
        reverse=True,
    )
    return sorted(newest_first, key=title_hits, reverse=True)


class _Labels:
    """Facet value labels in the locale's language, loaded once."""

    def __init__(self, locale_id, documents):
        self.labels = LocaleLabels.load(locale_id)
        self.types = {
            entry.key: str(entry.model._meta.verbose_name).capitalize()
            for entry in contribution_types
        }
        self.outcomes = {}
        for entry in contribution_types:
            if has_field(entry.model, "outcome"):
                self.outcomes.update(entry.model._meta.get_field("outcome").choices)
        self.spaces = {
            str(document.workspace_id): document.workspace_title
            for document in documents
            if document.workspace_id
        }

    def __call__(self, facet, value):
        if facet == "type":
            return self.types.get(value, value)
        if facet == "agency":
            label = self.labels.agencies.get(int(value)) if value.isdigit() else None
            return label.name if label else value
        if facet == "topic":
            label = self.labels.topics.get(int(value)) if value.isdigit() else None
            return label.name if label else value
        if facet == "country":
            return str(Country(value).name) or value
        if facet == "space":
            return self.spaces.get(value, value)
        if facet == "outcome":
            return str(self.outcomes.get(value, value))
        return value


def count_facets(documents, chosen, labels):
    """Each facet's values with the number of results choosing it would give."""
    facets = []
    for name, label in FACETS.items():
        counts = Counter()
        for document in documents:
            if _matches(document, chosen, except_facet=name):
                counts.update(facet_values(document, name))
        if name in chosen:
            counts.setdefault(chosen[name], 0)
        values = [
            FacetValue(value, labels(name, value), count, chosen.get(name) == value)
            for value, count in counts.items()
        ]
        if name == "year":
            values.sort(key=lambda item: item.value, reverse=True)
        else:
            values.sort(key=lambda item: (-item.count, item.label.casefold()))
        if values:
            facets.append(Facet(name, str(label), values))
    return facets


def run_search(state, locale_id, language):
    """The :class:`SearchOutcome` of ``state`` in the locale ``locale_id``, whose language is
    ``language`` (stems and names)."""
    try:
        documents = matching_documents(state, locale_id, language)
    except SearchUnavailable:
        return SearchOutcome(state=state, unavailable=True)
    chosen = state.chosen_dict
    results = [document for document in documents if _matches(document, chosen)]
    labels = _Labels(locale_id, documents)
    facets = count_facets(documents, chosen, labels)
    for facet in facets:
        for value in facet.values:
            change = None if value.chosen else value.value
            value.url = "?" + urlencode(state.params(**{facet.name: change}))
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(state.page)
    return SearchOutcome(
        state=state,
        results=[
            Result(
                document=document,
                type_label=labels("type", document.kind),
                agencies=[
                    labels.labels.agencies[pk]
                    for pk in document.agency_ids
                    if pk in labels.labels.agencies
                ],
                outcome_label=labels("outcome", document.outcome) if document.outcome else "",
            )
            for document in page_obj.object_list
        ],
        total=len(results),
        facets=facets,
        clear_url="?" + urlencode(state.params(**dict.fromkeys(FACETS))),
        page_obj=page_obj,
    )
