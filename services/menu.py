"""What the menu of services shows: every active service of the locale, as cards or as a
matrix of agencies × topics, narrowed by filters kept in the URL.

Both views load a fixed number of queries whatever the number of services: the services
themselves and their agencies and topics (one UNION query); the labels of the reader's
locale (strategic areas marked) come from the cache once warm.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext

from egecms.core.aggregation import contribution_queryset, relation_ids, restricted_q
from egecms.core.cards import build_cards
from egecms.core.labels import Label, LocaleLabels
from egecms.core.paging import window

from .filters import ServiceFilterSet
from .models.service import ServicePage

PAGE_SIZE = 24
#: Beyond this, a page number is nonsense (and too large an OFFSET for SQLite).
VIEWS = ("list", "matrix")

#: Columns of the matrix: what the services query needs to name, link and label each entry.
MATRIX_FIELDS = ("id", "title", "url_path", "modality", "date", "locale_id")


@dataclass(frozen=True)
class MatrixEntry:
    """One service in a cell of the matrix."""

    title: str
    url: str
    modality: str
    modality_label: str


@dataclass
class MatrixCell:
    """The services one agency offers on one topic (empty when it offers none)."""

    topic: Label
    entries: list = field(default_factory=list)


@dataclass
class MatrixRow:
    """One agency and its cells, in the order of the matrix's columns."""

    agency: Label
    cells: list

    @property
    def filled_cells(self):
        return [cell for cell in self.cells if cell.entries]


@dataclass
class ServiceMatrix:
    """Agencies (rows) × topics (columns); each cell the services on offer."""

    columns: list
    rows: list
    service_count: int


#: The column of services filed under no topic (keeps every service in the matrix).
NO_TOPIC = object()


def service_matrix(
    services,
    *,
    agency_ids,
    topic_ids,
    labels,
    strategic_topic_ids=(),
    agency="",
    topic="",
    request=None,
):
    """Arrange ``services`` in a :class:`ServiceMatrix`; issues no query.

    ``agency_ids`` and ``topic_ids`` are ``{page id: [canonical ids]}`` as
    :func:`~egecms.core.aggregation.relation_ids` returns them; ``labels`` a
    :class:`~egecms.core.labels.LocaleLabels`. Rows are the agencies offering at least one
    service, by acronym; columns the topics with at least one service, strategic areas
    first, then by name in the reader's language. A service of two agencies and three topics
    appears in six cells. ``agency`` (an acronym) and ``topic`` (a slug), the reader's
    filters, keep only that row or column.
    """
    strategic = set(strategic_topic_ids)
    agency_labels = {
        pk: label
        for pk, label in labels.agencies.items()
        if not agency or label.slug.casefold() == agency.casefold()
    }
    topic_labels = {
        pk: label for pk, label in labels.topics.items() if not topic or label.slug == topic
    }
    cells = {}  # (agency id, topic id or NO_TOPIC) -> [MatrixEntry]
    used_agencies, used_topics = set(), set()
    count = 0
    for service in services:
        agencies = [a for a in agency_ids.get(service.pk, ()) if a in agency_labels]
        topics = [t for t in topic_ids.get(service.pk, ()) if t in topic_labels]
        if not agencies or (topic and not topics):
            continue
        topics = topics or [NO_TOPIC]
        entry = MatrixEntry(
            title=service.title,
            url=service.get_url(request=request),
            modality=service.modality,
            modality_label=service.get_modality_display(),
        )
        count += 1
        used_agencies.update(agencies)
        used_topics.update(topics)
        for agency_id in agencies:
            for topic_id in topics:
                cells.setdefault((agency_id, topic_id), []).append(entry)

    topic_order = sorted(
        (t for t in used_topics if t is not NO_TOPIC),
        key=lambda t: (t not in strategic, labels.topics[t].name.casefold()),
    )
    columns = [(t, labels.topics[t]) for t in topic_order]
    if NO_TOPIC in used_topics:
        columns.append((NO_TOPIC, Label(slug="", name=gettext("Without a topic"), short="")))
    rows = []
    for agency_id in sorted(used_agencies, key=lambda a: labels.agencies[a].short.casefold()):
        row_cells = []
        for topic_id, topic_label in columns:
            entries = sorted(cells.get((agency_id, topic_id), ()), key=lambda e: e.title.casefold())
            row_cells.append(MatrixCell(topic=topic_label, entries=entries))
        rows.append(MatrixRow(agency=labels.agencies[agency_id], cells=row_cells))
    return ServiceMatrix(
        columns=[label for _topic, label in columns], rows=rows, service_count=count
    )


def load_service_matrix(services, *, labels, filters=None, request=None):
    """The :class:`ServiceMatrix` of a ServicePage queryset (already narrowed by ``filters``,
    whose agency and topic also narrow the rows and columns): two queries (the services and
    their relations)."""
    services = list(services.only(*MATRIX_FIELDS))
    if not services:
        return ServiceMatrix(columns=[], rows=[], service_count=0)
    agency_ids, topic_ids = relation_ids(services)
    return service_matrix(
        services,
        agency_ids=agency_ids,
        topic_ids=topic_ids,
        labels=labels,
        strategic_topic_ids=[pk for pk, label in labels.topics.items() if label.strategic],
        agency=filters.agency if filters else "",
        topic=filters.topic if filters else "",
        request=request,
    )


def visible_services(*, locale, filters, request=None):
    """Live, active, public services of ``locale`` narrowed by ``filters`` (a
    :class:`~services.filters.ServiceFilterSet`; not run yet)."""
    queryset = contribution_queryset(ServicePage, locale=locale, exclude_q=restricted_q(request))
    return filters.apply(queryset)


def menu_context(page, request):
    """Context of the menu of services ``page`` for ``request`` (a fixed number of queries).

    ``?view=list`` (the default) shows a page of cards; ``?view=matrix`` every matching
    service in the agencies × topics matrix. The filters apply to both.
    """
    view = request.GET.get("view", "")
    view = view if view in VIEWS else VIEWS[0]
    labels = LocaleLabels.load(page.locale_id)
    filters = ServiceFilterSet(request.GET, labels=labels, keep={"view": view})
    services = visible_services(locale=page.locale_id, filters=filters, request=request)
    context = {"filters": filters, "view": view, "views": VIEWS}
    if view == "matrix":
        context["matrix"] = load_service_matrix(
            services, labels=labels, filters=filters, request=request
        )
        return context
    page_obj = window(services, number=request.GET.get("page"), size=PAGE_SIZE)
    context.update(
        page_obj=page_obj,
        cards=build_cards(
            page_obj.object_list, locale=page.locale_id, labels=labels, request=request
        ),
    )
    return context
