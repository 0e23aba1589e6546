"""Many live pages in a few queries, for the tests that count queries over thousands of items.

``add_child`` and a publish cost dozens of queries a page (the tree's locks, a revision, the
log, the reference and search indexes); a test of how a listing scales needs the rows, not
that history. ``live_pages`` writes what a published page leaves in the tables its readers
query — the tree row with its path, each table of the page type's inheritance chain, the
agencies and topics — in one multi-row INSERT per table and batch, and ``live_events`` adds
the stored occurrences the calendars read. What an editor's publish does besides is tested
elsewhere, through the admin and ``publish()``.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from egecms.core.models import PageTopic


def live_pages(parent, model, fields, *, agencies=(), topics=()):
    """Insert one live ``model`` page per dict of ``fields`` under ``parent``; return them.

    Each dict needs a ``title`` and a ``slug``; every page gets ``agencies`` and ``topics``.
    """
    parent = Page.objects.get(pk=parent.pk)  # its numchild and last child as they are now
    last = parent.get_last_child()
    position = last._get_lastpos_in_path() if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    pages = []
    for offset, values in enumerate(fields, start=1):
        page = model(
            locale_id=parent.locale_id,
            content_type=content_type,
            depth=parent.depth + 1,
            path=Page._get_path(parent.path, parent.depth + 1, position + offset),
            numchild=0,
            url_path=f"{parent.url_path}{values['slug']}/",
            draft_title=values["title"],
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            **values,
        )
        pages.append(page)
    _insert_inheritance_chain(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    for agency in agencies:
        model.agencies.through.objects.bulk_create(
            model.agencies.through(**{_m2m_columns(model): page.pk, "agency_id": agency.pk})
            for page in pages
        )
    PageTopic.objects.bulk_create(
        PageTopic(content_object_id=page.pk, tag_id=topic.pk) for page in pages for topic in topics
    )
    return pages


def live_events(parent, fields, **relations):
    """``live_pages`` of events, with the occurrences their schedules give (one INSERT)."""
    from events.models import EventOccurrence, EventPage
    from events.schedule import occurrence_rows, occurrences_of

    pages = live_pages(parent, EventPage, fields, **relations)
    EventOccurrence.objects.bulk_create(
        row for page in pages for row in occurrence_rows(page, occurrences_of(page, changes=[]))
    )
    return pages


def _insert_inheritance_chain(model, pages):
    """One multi-row INSERT per table, from ``Page`` down to ``model`` (multi-table inheritance,
    which ``bulk_create`` refuses), each table's rows pointing at the ones above them."""
    chain = [Page, *[cls for cls in reversed(model._meta.get_parent_list()) if cls is not Page]]
    chain.append(model)
    for cls in chain:
        local = [field for field in cls._meta.local_concrete_fields if not field.primary_key]
        if cls is Page:
            rows = [Page(**{f.attname: getattr(page, f.attname) for f in local}) for page in pages]
            Page.objects.bulk_create(rows)
            for page, row in zip(pages, rows, strict=True):
                page.id = row.pk
            continue
        link = cls._meta.pk
        for page in pages:
            setattr(page, link.attname, page.id)
        fields = [link, *local]
        batch = max(1, connection.ops.bulk_batch_size(fields, pages))
        for start in range(0, len(pages), batch):
            cls._base_manager._insert(pages[start : start + batch], fields=fields)


def _m2m_columns(model):
    """The through table's column naming the page (``practicepage_id``, ``contribution_id``)."""
    through = model.agencies.through
    field = next(f for f in through._meta.concrete_fields if f.is_relation and f.name != "agency")
    return field.attname
