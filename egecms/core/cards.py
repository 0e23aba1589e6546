"""Ready-to-render cards of contributions, and the sections of the shared pages that show
them (the topic page, each work space).

Every function here loads its cards in a fixed number of queries, whatever the amount of
content: one per contribution type, plus a constant few for labels and topics.
"""

from dataclasses import dataclass, field

from wagtail import hooks
from wagtail.models import Page

from .aggregation import contribution_queryset, relation_ids, restricted_q
from .countries import country_name
from .labels import LocaleLabels
from .navigation import topic_sections
from .registry import contribution_types


@dataclass
class Card:
    """Ready-to-render data for one contribution in a listing."""

    page: Page
    url: str
    type_label: str
    template: str
    agencies: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    country_links: list = field(default_factory=list)


@dataclass(frozen=True)
class CountryLink:
    """A country a card names, and the address of its profile (None where there is none)."""

    name: str
    url: str | None = None


def country_linker(locale, request=None):
    """A function giving the profile address of a country code in ``locale``, or None.

    Apps that publish country profiles register a ``country_profile_url`` hook, called as
    ``fn(code, locale, request=request)``; the core names none of them.
    """
    linkers = hooks.get_hooks("country_profile_url")

    def link(code):
        for linker in linkers:
            url = linker(code, locale, request=request)
            if url:
                return url
        return None

    return link


@dataclass
class Section:
    """The latest contributions of one registered type, with a link to its own section."""

    plural_label: str
    key: str
    url: str | None
    cards: list


def build_cards(pages, *, locale, labels=None, request=None):
    """Turn contribution pages into :class:`Card`s named in ``locale``.

    Issues three queries however many pages and types: relations, agency and topic labels
    (none for labels when the caller passes the :class:`~egecms.core.labels.LocaleLabels`).
    """
    pages = list(pages)
    if not pages:
        return []
    agency_ids, topic_ids = relation_ids(pages)
    labels = labels or LocaleLabels.load(locale)
    agencies, topics = labels.agencies, labels.topics
    link = country_linker(locale, request)
    cards = []
    for page in pages:
        cards.append(
            Card(
                page=page,
                url=page.get_url(request=request),
                type_label=page._meta.verbose_name,
                template=page.card_template,
                agencies=sorted(
                    (agencies[a] for a in agency_ids.get(page.pk, ()) if a in agencies),
                    key=lambda label: label.short,
                ),
                topics=sorted(
                    (topics[t] for t in topic_ids.get(page.pk, ()) if t in topics),
                    key=lambda label: label.name,
                ),
                countries=[country_name(country) for country in page.countries],
                country_links=[
                    CountryLink(name=country_name(country), url=link(country.code))
                    for country in page.countries
                ],
            )
        )
    return cards


def section_urls(topic_page, request=None):
    """``{page model: url}`` of the topic page's live section pages (shared with the menu)."""
    urls = {}
    for child in topic_sections(topic_page.path, request):
        if child.depth == topic_page.depth + 1:
            urls.setdefault(child.specific_class, child.get_url(request=request))
    return urls


def contribution_sections(
    *, locale, per_type=None, scope=None, section_urls_by_model=None, request=None
):
    """The newest contributions of every registered type, one :class:`Section` per type.

    ``scope`` narrows each type's queryset (e.g. to one workspace's descendants);
    ``per_type`` caps each section. Types with nothing to show are left out.
    """
    exclude_q = restricted_q(request)
    section_urls_by_model = section_urls_by_model or {}
    pages_by_type = []
    for entry in contribution_types:
        queryset = contribution_queryset(entry.model, locale=locale, exclude_q=exclude_q)
        if scope is not None:
            queryset = scope(queryset)
        pages = entry.model.first_listed(queryset, per_type) if per_type else list(queryset)
        if pages:
            pages_by_type.append((entry, pages))
    all_cards = build_cards(
        [page for _entry, pages in pages_by_type for page in pages], locale=locale, request=request
    )
    cards_by_pk = {card.page.pk: card for card in all_cards}
    return [
        Section(
            plural_label=entry.plural_label,
            key=entry.key.replace(".", "-"),
            url=section_urls_by_model.get(entry.section_model),
            cards=[cards_by_pk[page.pk] for page in pages],
        )
        for entry, pages in pages_by_type
    ]


def latest_contributions(*, topic_page, locale, per_type, request=None):
    """What the topic page shows: the newest ``per_type`` of each type, linked to its section."""
    return contribution_sections(
        locale=locale,
        per_type=per_type,
        section_urls_by_model=section_urls(topic_page, request),
        request=request,
    )


def workspace_contributions(workspace, *, request=None):
    """The contributions living under one workspace (cluster, issue area, agency space)."""
    return contribution_sections(
        locale=workspace.locale_id,
        scope=lambda queryset: queryset.descendant_of(workspace),
        request=request,
    )
