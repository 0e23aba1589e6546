"""What a subscription follows: the search's facets, read from a query string and described
in the reader's language.

A subscription's ``filters`` are ``{facet: [value, ...]}`` under the search page's own
parameter names and value shapes (``egecms.search.query.FACET_SHAPES``), so that "subscribe
to this search" carries the search's URL parameters as they are. An item matches when, for
every facet given, it has one of the values. Agencies and topics are canonical ids (the same
in every locale); a work space is a page id of any locale, matched through its translation
key, so that one subscription follows the space in every language.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from egecms.core.models import Agency, Topic
from egecms.core.registry import contribution_types
from egecms.search.facets import FACETS, Labels
from egecms.search.models import SearchDocument, SearchFacetValue
from egecms.search.query import FACET_SHAPES

#: The facets a subscription may follow (the year is no subject to follow).
SUBSCRIPTION_FACETS = ("type", "agency", "country", "space", "topic", "outcome")
MAX_VALUES = 20


def clean_filters(data):
    """``{facet: [value, ...]}`` from ``data`` (a QueryDict or a dict of lists or strings):
    unknown facets and values of the wrong shape are dropped, values kept in order, once."""
    filters = {}
    for facet in SUBSCRIPTION_FACETS:
        if hasattr(data, "getlist"):
            raw = data.getlist(facet)
        else:
            raw = data.get(facet) or []
            raw = [raw] if isinstance(raw, str) else list(raw)
        values = []
        for value in raw:
            value = str(value).strip()[:100]
            if value and FACET_SHAPES[facet].fullmatch(value) and value not in values:
                values.append(value)
        if values:
            filters[facet] = values[:MAX_VALUES]
    return filters


def matching(filters, documents=None):
    """The search documents (every locale) having, for each facet in ``filters``, one of its
    values: public, live contributions only (a document exists for nothing else)."""
    documents = SearchDocument.objects.all() if documents is None else documents
    for facet, values in filters.items():
        if facet == "space":
            keys = Page.objects.filter(pk__in=[int(value) for value in values])
            documents = documents.filter(
                workspace__translation_key__in=keys.values("translation_key")
            )
        else:
            documents = documents.filter(
                id__in=SearchFacetValue.objects.filter(facet=facet, value__in=values).values(
                    "document_id"
                )
            )
    return documents


def describe(filters, language):
    """``[(facet label, "value, value"), ...]`` of ``filters`` in ``language``; empty for a
    subscription to everything."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    spaces = {}
    if filters.get("space"):
        keys = Page.objects.filter(pk__in=[int(value) for value in filters["space"]]).values(
            "translation_key"
        )
        for page in Page.objects.filter(translation_key__in=keys).only(
            "pk", "title", "translation_key", "locale_id"
        ):
            spaces.setdefault(str(page.translation_key), {})[page.locale_id] = page
        by_pk = dict(
            Page.objects.filter(pk__in=[int(v) for v in filters["space"]]).values_list(
                "pk", "translation_key"
            )
        )
    with translation.override(language):
        labels = Labels(locale.pk)
        described = []
        for facet in SUBSCRIPTION_FACETS:
            values = filters.get(facet)
            if not values:
                continue
            if facet == "space":
                names = []
                for value in values:
                    pages = spaces.get(str(by_pk.get(int(value))), {})
                    page = pages.get(locale.pk) or next(iter(pages.values()), None)
                    names.append(page.title if page else value)
            else:
                names = [labels(facet, value) for value in values]
            described.append((str(FACETS[facet]), ", ".join(str(name) for name in names)))
    return described


def describe_text(filters, language):
    """:func:`describe` as one line ("Country: Peru; Topic: Open data"), or "everything"."""
    described = describe(filters, language)
    with translation.override(language):
        if not described:
            return str(_("Everything published"))
        return "; ".join(f"{label}: {values}" for label, values in described)


def from_listing_query(page, query):
    """The filters of a listing or a search page's query string (``{name: [value, ...]}``):
    the search's own parameters as they are; a listing's topic slug and agency acronym as
    their canonical ids; a listing of one section (the practice library) as its types."""
    filters = clean_filters(query)
    default = Locale.get_default()
    slugs = [value for value in query.get("topic", []) if not value.isdigit()]
    if slugs:
        ids = Topic.objects.filter(locale=default, slug__in=slugs).values_list("pk", flat=True)
        filters["topic"] = [str(pk) for pk in ids]
    acronyms = [value for value in query.get("agency", []) if not value.isdigit()]
    if acronyms:
        ids = Agency.objects.filter(
            locale=default, acronym__in=[value.upper() for value in acronyms]
        ).values_list("pk", flat=True)
        filters["agency"] = [str(pk) for pk in ids]
    if page is not None and "type" not in filters:
        page_model = type(getattr(page, "specific", page))
        types = [entry.key for entry in contribution_types if entry.section_model is page_model]
        if types:
            filters["type"] = types
    return {facet: values for facet, values in filters.items() if values}
