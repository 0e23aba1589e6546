"""Main menu and language switcher for public pages: one query each."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.urls import translate_url
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from wagtail.models import Page, PageViewRestriction

from . import structure_cache

TOPIC_PAGE_DEPTH = 2  # Root (1) -> topic page of each locale (2)


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool


def topic_root_path(page):
    """Tree path of the topic page that roots ``page``'s locale tree."""
    return page.path[: Page.steplen * TOPIC_PAGE_DEPTH]


def topic_sections(root_path, request=None):
    """The live topic page at ``root_path`` and its live sections, once per request and kept
    between requests (:mod:`.structure_cache`); each says whether it lies under a view
    restriction (``restricted``), read in the same query."""
    cache = getattr(request, "_egecms_topic_sections", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._egecms_topic_sections = cache
    if root_path not in cache:
        cache[root_path] = structure_cache.get_or_compute(
            f"sections:{root_path}", lambda: _read_topic_sections(root_path)
        )
    return cache[root_path]


def _read_topic_sections(root_path):
    return list(
        Page.objects.live()
        .filter(Q(path=root_path) | Q(path__startswith=root_path, depth=TOPIC_PAGE_DEPTH + 1))
        .annotate(
            restricted=Exists(
                PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
            )
        )
        .order_by("path")
    )


def main_menu(page, request=None):
    """The topic page of ``page``'s locale and its public sections marked "show in menus".

    View-restricted sections (the inter-agency platform) stay out of the public menu.
    """

    root_path = topic_root_path(page)
    entries = [
        entry
        for entry in topic_sections(root_path, request)
        if entry.path == root_path or (entry.show_in_menus and not entry.restricted)
    ]
    return [
        {
            "title": entry.title,
            "url": entry.get_url(request=request),
            "is_active": page.path.startswith(entry.path)
            and (entry.path != root_path or page.path == root_path),
        }
        for entry in entries
    ]


def search_url(page, request=None):
    """The URL of the search page of ``page``'s locale, if it has one (no query of its own:
    the sections are loaded once per request for the menu)."""
    for entry in topic_sections(topic_root_path(page), request):
        if getattr(entry.specific_class, "is_site_search", False):
            return entry.get_url(request=request)
    return None


FALLBACK_PARAMETER = "untranslated"


def _nearest_translations(page):
    """``{language: (page, is_this_page)}``: ``page`` in each language where it is live, else its
    nearest ancestor that is. One query (the ancestors' paths are read off the page's path)."""
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(2 * steplen, len(page.path) + 1, steplen)]
    found = {}
    for candidate in (
        Page.objects.live()
        .filter(translation_key__in=Page.objects.filter(path__in=paths).values("translation_key"))
        .select_related("locale")
        .order_by("-depth")
    ):
        code = candidate.locale.language_code
        if code not in found:
            found[code] = (candidate, candidate.translation_key == page.translation_key)
    return found


def language_links(page, request=None, *, current_language):
    """Links to ``page`` in every content language; where it is not translated yet, to its nearest
    ancestor that is, marked so that page tells the reader why they landed there.

    Without a page (an error page or a plain Django view), each link swaps the language
    prefix of the current URL. Cached on the request: the head and the switcher both use it.
    """
    cache_key = ("_egecms_language_links", getattr(page, "pk", None), current_language)
    cached = getattr(request, "_egecms_language_links", None)
    if cached and cached[0] == cache_key:
        return cached[1]
    found = _nearest_translations(page) if page is not None else {}
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if page is None:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
            is_translation = True
        elif code in found:
            target, is_translation = found[code]
            url = target.get_url(request=request)
            if not is_translation:
                url = f"{url}?{FALLBACK_PARAMETER}={page.locale.language_code}"
        else:
            url, is_translation = f"/{code}/", False
        links.append(
            LanguageLink(
                code=code,
                name=capfirst(info["name_local"]),
                url=url,
                is_current=code == current_language,
                is_translation=is_translation,
            )
        )
    if request is not None:
        request._egecms_language_links = (cache_key, links)
    return links
