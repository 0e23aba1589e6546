"""The addresses of every page that shows a changed item: what a CDN purge is sent.

The embedded cache needs none of this (its generation empties it whole); a CDN or Varnish
forgets only the exact addresses it is given. A page shows on its own address in every
language (the translations carry its language switcher and "the original has changed"
notice), on its ancestors (its work space and section list their pages; the topic page shows
the newest), on the sections that gather its type from every work space (the practice
library, the menu of services, the calendar…) with their feeds, on the search pages and in
the sitemap. Each page adds the routes it declares in ``get_cached_paths`` (feeds,
``feed.ics``, ``event.ics``). Addresses with a query string are not listed: shared caches
revalidate those every time (see :mod:`.headers`).
"""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site, get_page_models

from egecms.core.models import PageTopic, Topic, TopicPage, WorkspaceAgency
from egecms.core.registry import contribution_types


def aggregating_models(model=None):
    """The section page types that gather ``model`` (any contribution type if None) from every
    work space of their locale."""
    label = model._meta.label_lower if model is not None else None
    return [
        candidate
        for candidate in get_page_models()
        if getattr(candidate, "aggregates", False)
        and (label is None or (candidate.listed_model or "").lower() == label)
    ]


def shared_page_models():
    """The pages every change may show on: the topic pages and the site's search pages."""
    return [TopicPage] + [
        model for model in get_page_models() if getattr(model, "is_site_search", False)
    ]


def sitemap_addresses():
    """``/sitemap.xml`` of every site."""
    return {f"{site.root_url}/sitemap.xml" for site in Site.objects.all()}


def _page_addresses(pages):
    """The full URLs of ``pages`` with their routes (``get_cached_paths``)."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def _live_pages(condition):
    return Page.objects.live().filter(condition).specific()


def _ancestor_paths(pages):
    """Tree paths of the ancestors of ``pages``, below the root."""
    return {page.path[: depth * Page.steplen] for page in pages for depth in range(2, page.depth)}


def addresses_showing_page(page, *, with_descendants=False):
    """Every address that shows ``page`` (live or not: an unpublished or deleted page's own
    addresses are purged too); with its descendants' when a move changed theirs."""
    translations = [page, *page.get_translations().live().specific()]
    shown_on = Q(path__in=_ancestor_paths(translations)) | Page.objects.type_q(
        *aggregating_models(page.specific_class), *shared_page_models()
    )
    pages = [page.specific_deferred, *translations[1:], *_live_pages(shown_on)]
    if with_descendants:
        pages += list(page.get_descendants().live().specific())
    return _page_addresses(pages) | sitemap_addresses()


def _canonical(snippet):
    """The default-locale copy of a translatable snippet, which pages point at."""
    return (
        type(snippet)
        .objects.filter(
            translation_key=snippet.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .first()
    )


def _pages_naming(snippet):
    """A condition on pages that name ``snippet`` (an agency or a topic): the contributions
    it is an agency or topic of, the work spaces it leads or belongs to."""
    canonical = _canonical(snippet)
    if canonical is None:
        return Q(pk__in=[])
    if isinstance(canonical, Topic):
        return Q(pk__in=PageTopic.objects.filter(tag=canonical).values("content_object_id"))
    condition = Q(
        translation_key__in=WorkspaceAgency.objects.filter(agency=canonical).values("workspace_key")
    )
    for entry in contribution_types:
        condition |= Q(pk__in=entry.model.objects.filter(agencies=canonical).values("pk"))
    return condition


def addresses_showing_snippet(snippet):
    """Every address that shows an agency or a topic: the pages that name it, every section
    that gathers contributions (their cards and filters name it), the topic and search pages."""
    shown_on = _pages_naming(snippet) | Page.objects.type_q(
        *aggregating_models(), *shared_page_models()
    )
    return _page_addresses(_live_pages(shown_on))
