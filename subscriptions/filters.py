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

from egecms.core.labels import LocaleLabels
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


def value_labels(filters, language):
    """``{(facet, value): label}`` of every value in ``filters``, in ``language`` (a fixed
    number of queries)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    space_titles = {}
    if filters.get("space"):
        ids = [int(value) for value in filters["space"]]
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        by_key = {}
        for page in Page.objects.filter(translation_key__in=keys.values()).only(
            "pk", "title", "translation_key", "locale_id"
        ):
            by_key.setdefault(page.translation_key, {})[page.locale_id] = page.title
        for pk, key in keys.items():
            titles = by_key.get(key, {})
            space_titles[str(pk)] = titles.get(locale.pk) or next(iter(titles.values()), "")
    labels = {}
    with translation.override(language):
        named = Labels(locale.pk)
        for facet, values in filters.items():
            for value in values:
                if facet == "space":
                    labels[(facet, value)] = space_titles.get(value) or value
                else:
                    labels[(facet, value)] = str(named(facet, value))
    return labels


def describe(filters, language):
    """``[(facet label, "value, value"), ...]`` of ``filters`` in ``language``; empty for a
    subscription to everything."""
    labels = value_labels(filters, language)
    described = []
    with translation.override(language):
        for facet in SUBSCRIPTION_FACETS:
            values = filters.get(facet)
            if values:
                names = ", ".join(labels[(facet, value)] for value in values)
                described.append((str(FACETS[facet]), names))
    return described


def describe_text(filters, language):
    """:func:`describe` as one line ("Country: Peru; Topic: Open data"), or "everything"."""
    described = describe(filters, language)
    with translation.override(language):
        if not described:
            return str(_("Everything published"))
        return "; ".join(
            _("%(facet)s: %(values)s") % {"facet": label, "values": values}
            for label, values in described
        )


def from_listing_query(page, query):
    """The filters of a listing or a search page's query string (``{name: [value, ...]}``):
    the search's own parameters as they are; a listing's topic slug and agency acronym as
    their canonical ids; a listing of one section (the practice library) as its types. No
    query: the page's labels are cached (the listing has read them already)."""
    filters = clean_filters(query)
    slugs = [value for value in query.get("topic", []) if not value.isdigit()]
    acronyms = [value.upper() for value in query.get("agency", []) if not value.isdigit()]
    if (slugs or acronyms) and page is not None:
        labels = LocaleLabels.load(page.locale_id)
        if slugs:
            by_slug = {label.slug: pk for pk, label in labels.topics.items()}
            filters["topic"] = [str(by_slug[slug]) for slug in slugs if slug in by_slug]
        if acronyms:
            by_acronym = {label.slug.upper(): pk for pk, label in labels.agencies.items()}
            filters["agency"] = [str(by_acronym[a]) for a in acronyms if a in by_acronym]
    if page is not None and "type" not in filters:
        page_model = type(getattr(page, "specific", page))
        types = [entry.key for entry in contribution_types if entry.section_model is page_model]
        if types:
            filters["type"] = types
    return {facet: values for facet, values in filters.items() if values}
