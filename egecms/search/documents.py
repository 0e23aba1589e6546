"""Keeping one ``SearchDocument`` per public, live contribution, in step with its page.

Called on publish, unpublish, move and view-restriction changes (``signal_handlers``) and by
``manage.py rebuild_search_documents``. A page that is not live, lies under a view
restriction or is not a registered contribution type has no document, so nothing private is
ever searchable. A failure here is logged and never stops a page from being published; the
search backend itself (Elasticsearch down, say) is already kept out of the way by Wagtail.
"""

import logging

from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django_countries.fields import Country
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backends_with_name

from egecms.core.aggregation import relation_ids, restricted_paths
from egecms.core.labels import LocaleLabels
from egecms.core.models import WorkspacePage
from egecms.core.models.contributions import workspace_of
from egecms.core.registry import contribution_types, workspace_types
from egecms.core.switches import ThreadSwitch

from .models.documents import SearchDocument, pack
from .models.facets import rename_space, write_facet_values
from .text import text_keys

logger = logging.getLogger(__name__)
_deferring = ThreadSwitch()
# ``with deferred():`` no document is written; whoever opens the block calls
# ``rebuild_documents`` after it (the demo loader, which publishes every page in a row).
deferred = _deferring.turned_on


def is_searchable(page):
    """Live, a registered contribution type, and under no view restriction."""
    return (
        page.live
        and type(page) in contribution_types
        and not PageViewRestriction.objects.filter(
            page__path__in=[page.path[:end] for end in range(4, len(page.path) + 1, 4)]
        ).exists()
    )


def _text_of(page):
    """Every searchable text of ``page``: its Wagtail search fields, rich text and streams
    reduced to words."""
    from wagtail.search import index

    texts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:  # a method or property
            model_field = None
        # The field's own value (a StreamValue, rich text), not the index's serialised form.
        if model_field is not None:
            value = getattr(page, model_field.attname, None)
        else:
            value = search_field.get_value(page)
        if value in (None, ""):
            continue
        if model_field is not None and hasattr(model_field, "get_searchable_content"):
            texts.extend(str(part) for part in model_field.get_searchable_content(value))
        else:
            texts.append(str(value))
    return strip_tags(" ".join(texts))


def _year_of(page):
    """The year a reader would search by: a practice's own year, else the page's date's."""
    year = getattr(page, "year", None)
    if isinstance(year, int):
        return year
    date = getattr(page, "date", None)
    return date.year if date else None


def document_fields(page, *, workspace=None, relations=None):
    """What the document of ``page`` (specific, searchable) holds. ``workspace`` and
    ``relations`` (:func:`relation_ids` of a batch holding the page) are looked up when not
    given."""
    language = page.locale.language_code
    workspace = workspace if workspace is not None else workspace_of(page)
    agency_ids, topic_ids = relations if relations is not None else relation_ids([page])
    agency_ids, topic_ids = agency_ids.get(page.pk, []), topic_ids.get(page.pk, [])
    labels = LocaleLabels.load(page.locale)
    countries = [country.code for country in page.countries]
    with translation.override(language):
        names = [
            *(str(labels.agencies[pk].name) for pk in agency_ids if pk in labels.agencies),
            *(str(labels.topics[pk].name) for pk in topic_ids if pk in labels.topics),
            *(str(Country(code).name) for code in countries),
        ]
    return {
        "locale_id": page.locale_id,
        "kind": page._meta.label_lower,
        "title": page.title[:255],
        "summary": getattr(page, "summary", "") or "",
        "url": page.get_url() or "",
        "date": getattr(page, "date", None),
        "year": _year_of(page),
        "outcome": getattr(page, "outcome", "") or "",
        "workspace": workspace,
        "workspace_title": workspace.title[:255] if workspace else "",
        "agencies": pack(sorted(set(agency_ids))),
        "countries": pack(countries),
        "topics": pack(sorted(set(topic_ids))),
        "title_keys": text_keys(page.title, language),
        "body_keys": text_keys(f"{_text_of(page)} {' '.join(names)}", language),
    }


def sync_page(page):
    """Create, update or delete the document of ``page``; never raises."""
    if _deferring.on:
        return
    try:
        with transaction.atomic():
            page = page.specific
            if isinstance(page, WorkspacePage):  # its documents show its title
                rename_space(page)
            if page.numchild and _descendant_urls_changed(page):  # a new slug, say
                for descendant in page.get_descendants().specific():
                    sync_page(descendant)
            if is_searchable(page):
                document, _created = SearchDocument.objects.update_or_create(
                    page=page, defaults=document_fields(page)
                )
                write_facet_values([document])
            else:
                remove_page(page)
    except Exception:
        logger.exception("The search document of page %s could not be updated", page.pk)


def _descendant_urls_changed(page):
    """Whether documents below ``page`` still carry addresses from before its last change."""
    url = page.get_url() or ""
    return (
        SearchDocument.objects.filter(page__path__startswith=page.path)
        .exclude(page=page)
        .exclude(url__startswith=url)
        .exists()
    )


def remove_page(page):
    remove_page_id(page.pk)


def remove_page_id(page_id):
    """Delete the document of the page ``page_id``, if it has one."""
    if _deferring.on:
        return
    for document in SearchDocument.objects.filter(page_id=page_id):
        document.delete()  # one by one, so the search backend hears of each


def is_deferred():
    """Whether documents are deferred in this thread (``with deferred():``)."""
    return _deferring.on


def sync_subtree(page):
    """Documents of ``page`` and every page below it (after a move or a restriction change)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        sync_page(descendant)


def _closest(paths_to_pages, page):
    """The page of ``paths_to_pages`` that is ``page``'s closest ancestor (or itself)."""
    for end in range(len(page.path), 0, -Page.steplen):
        found = paths_to_pages.get(page.path[:end])
        if found is not None:
            return found
    return None


#: Documents written and indexed per statement when rebuilding.
BATCH = 500


def rebuild_documents():
    """Every document again, from the pages; returns how many there are.

    In a few queries per contribution type and per :data:`BATCH` of documents (not per
    page): the restrictions, the work spaces and the pages' agencies and topics are read once
    for all, the documents and their facet values written in bulk, and every search backend
    told of them in bulk (:func:`index_documents`).
    """
    if _deferring.on:
        raise RuntimeError("rebuild_documents() runs after documents.deferred(), not inside it")
    restricted = tuple(restricted_paths())
    workspaces = {page.path: page for model in workspace_types() for page in model.objects.all()}
    existing = {document.page_id: document for document in SearchDocument.objects.all()}
    kept, written = {}, set()
    now = timezone.now()
    for model in contribution_types.models:
        pages = [
            page
            for page in model.objects.live().select_related("locale")
            if not page.path.startswith(restricted)  # False for no restriction at all
        ]
        relations = relation_ids(pages)
        for page in pages:
            fields = document_fields(
                page, workspace=_closest(workspaces, page), relations=relations
            )
            document = existing.get(page.pk) or SearchDocument(page=page)
            for name, value in fields.items():
                setattr(document, name, value)
            document.updated_at = now
            kept[page.pk] = document
            written.update(fields)
    documents = list(kept.values())
    SearchDocument.objects.bulk_create(
        [document for document in documents if document.pk is None], batch_size=BATCH
    )
    updated = [document for document in documents if document.page_id in existing]
    if updated:
        SearchDocument.objects.bulk_update(updated, [*written, "updated_at"], batch_size=BATCH)
    for page_id, document in existing.items():
        if page_id not in kept:
            document.delete()  # one by one, so the search backend hears of each
    write_facet_values(documents)
    index_documents(documents)
    return SearchDocument.objects.count()


def index_documents(documents):
    """Tell every search backend of ``documents`` in bulk, as Wagtail tells it of one saved
    object: a search server's failure is logged, the database's raised."""
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            for start in range(0, len(documents), BATCH):
                backend.add_bulk(SearchDocument, documents[start : start + BATCH])
        except Exception:
            logger.exception("The search documents could not be indexed in %r", name)
            if not backend.catch_indexing_errors:
                raise
