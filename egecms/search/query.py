"""One search over every contribution type, in the reader's locale, with facets and counts.

The words go to Wagtail's search backend (database, PostgreSQL, Elasticsearch or OpenSearch,
as configured) over ``SearchDocument``, which ranks the results by its own relevance; only the
page of results shown is read. The facets are counted by the database over the matching
documents' ids (``egecms.search.facets``): a subquery on Wagtail's database backends, the ids
the server returns on a search server. Facets combine (one value each); the state lives in
the URL.

Two queries, whatever the number of documents: one counting every facet (the total is read
off it; without words the counts are kept until a document changes, :mod:`.kept_counts`),
one for the page of results (without words, read newest first from an index); agency and topic names come from the per-locale label
cache, work spaces' titles from their facet rows.
"""

import importlib
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from wagtail.search.query import And, Or, PlainText

from . import kept_counts
from .facets import FACETS, Labels, choosing, count_values, facets_of, total_of
from .models.documents import SearchDocument
from .text import query_keys

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


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
    results: list = field(default_factory=list)  # Result, best first
    total: int = 0
    facets: list = field(default_factory=list)
    page_obj: object = None
    unavailable: bool = False
    clear_url: str = "?"


def backend_query(keys):
    """The Wagtail query for the reader's words (:func:`query_keys`): every word, by any of
    its keys."""
    return And([Or([PlainText(key) for key in word]) for word in keys])


def matching_ids(documents, keys):
    """The ids of the ``documents`` (a queryset) matching ``keys``, for the database to count
    facets over: all of them without words; else a subquery on Wagtail's database backends
    (SQLite FTS5, PostgreSQL, MySQL, the fallback: their results are a queryset) or, on a
    search server, the ids it returns (the documents' ids only are read)."""
    if not keys:
        return documents.values("pk")
    found = documents.only("pk").search(backend_query(keys), order_by_relevance=False)
    if hasattr(found, "get_queryset"):  # Wagtail's database backends
        return found.get_queryset().values("pk")
    return [document.pk for document in found]


def count_facets(documents, keys, locale_id, chosen):
    """:func:`count_values` over the ``documents`` matching ``keys``; without words (browsing)
    the counts kept since the documents last changed (:mod:`.kept_counts`)."""
    if keys:
        return count_values(matching_ids(documents, keys), chosen)
    return kept_counts.counts_without_words(
        locale_id, chosen, lambda: count_values(matching_ids(documents, keys), chosen)
    )


def ranked(documents, keys):
    """``documents`` matching ``keys``, best first by the backend's relevance, still unread
    (Wagtail pages a slice of them in the backend); newest first without words."""
    if not keys:
        return documents.order_by("-date", "-pk")
    return documents.search(backend_query(keys), order_by_relevance=True)


class CountedResults:
    """Results whose number is already known, for Django's paginator: it slices them (one
    backend query for the page) instead of counting them again."""

    def __init__(self, results, count):
        self.results = results
        self._count = count

    def count(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


def run_search(state, locale_id, language):
    """The :class:`SearchOutcome` of ``state`` in the locale ``locale_id``, whose language is
    ``language`` (stems and names)."""
    chosen = state.chosen_dict
    keys = query_keys(state.q, language)
    documents = SearchDocument.objects.filter(locale_id=locale_id)
    try:
        counts, row_labels = count_facets(documents, keys, locale_id, chosen)
        total = total_of(counts, chosen)
        shown = ranked(documents.filter(*choosing(chosen)).defer("body_keys"), keys)
        page_obj = Paginator(CountedResults(shown, total), RESULTS_PER_PAGE).get_page(state.page)
        page = list(page_obj.object_list)
    except backend_errors() as error:  # connection refused, timeout, bad gateway...
        logger.warning("Search backend unavailable: %s", error)
        return SearchOutcome(state=state, unavailable=True)
    labels = Labels(locale_id, row_labels)
    facets = facets_of(counts, chosen, labels)
    for facet in facets:
        for value in facet.values:
            change = None if value.chosen else value.value
            value.url = "?" + urlencode(state.params(**{facet.name: change}))
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
            for document in page
        ],
        total=total,
        facets=facets,
        clear_url="?" + urlencode(state.params(**dict.fromkeys(FACETS))),
        page_obj=page_obj,
    )
