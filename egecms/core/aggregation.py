"""Queries that gather contributions from every workspace: which pages are public, each
type's live pages, and their agencies and topics read from the relation tables.

Every function here issues a fixed number of queries, whatever the amount of content; the
cards the shared pages show are built from them in :mod:`egecms.core.cards`.
"""

from django.db.models import Q, Value
from wagtail.models import PageViewRestriction

from . import structure_cache
from .models.topics import PageTopic


def _read_restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths(request=None):
    """Tree paths of every view-restricted page: for a reader's request, kept between
    requests (:mod:`.structure_cache`) and once per request; otherwise one query."""
    if request is None:
        return _read_restricted_paths()
    paths = getattr(request, "_egecms_restricted_paths", None)
    if paths is None:
        paths = structure_cache.get_or_compute("restricted-paths", _read_restricted_paths)
        request._egecms_restricted_paths = paths
    return paths


def under_any(paths):
    """A Q matching the pages at or below any of the tree ``paths`` (none when empty)."""
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path)
    return q


def restricted_q(request=None):
    """A Q matching pages under any view restriction: kept out of every public listing."""
    return under_any(restricted_paths(request))


def contribution_queryset(model, *, locale, exclude_q=None):
    """Live, public pages of one contribution type in one locale, newest first."""
    queryset = (
        model.objects.live()
        .filter(locale_id=getattr(locale, "pk", locale))
        .order_by("-date", "-pk")
    )
    queryset = queryset.exclude(exclude_q if exclude_q is not None else restricted_q())
    return model.listed(queryset)


def relation_ids(pages):
    """``({page id: [agency ids]}, {page id: [topic ids]})`` for pages of any types, in one query.

    Each contribution type has its own agencies table; one UNION ALL reads them all, together
    with the shared topics table.
    """
    ids_by_model = {}
    for page in pages:
        ids_by_model.setdefault(type(page), []).append(page.pk)
    querysets = [
        PageTopic.objects.filter(content_object_id__in=[page.pk for page in pages])
        .annotate(kind=Value("topic"))
        .values_list("kind", "content_object_id", "tag_id")
    ]
    for model, ids in ids_by_model.items():
        field = model._meta.get_field("agencies")
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        querysets.append(
            field.remote_field.through.objects.filter(**{f"{source}_id__in": ids})
            .annotate(kind=Value("agency"))
            .values_list("kind", source, target)
        )
    agencies, topics = {}, {}
    for kind, page_id, other_id in querysets[0].union(*querysets[1:], all=True):
        (agencies if kind == "agency" else topics).setdefault(page_id, []).append(other_id)
    return agencies, topics
