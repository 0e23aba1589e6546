"""The RSS 2.0 and Atom feeds of a section page, built with Django's syndication framework.

The views are routes of the section page (see :mod:`.routes`), so Wagtail's routing and its
``before_serve_page`` hooks (view restrictions included) run before them; they only build the
response from :func:`~.entries.feed_entries`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext

from ..absolute_urls import absolute_url, page_full_url
from .entries import feed_entries, is_restricted

DEFAULT_CACHE_SECONDS = 900


@dataclass(frozen=True)
class SectionFeedData:
    """Everything one feed shows: the section's names and link, and its items."""

    title: str
    subtitle: str
    link: str
    entries: list
    feed_url: str | None = None


def feed_cache_seconds():
    """How long shared caches may keep a public feed (``EGECMS["FEED_CACHE_SECONDS"]``)."""
    return int(settings.EGECMS.get("FEED_CACHE_SECONDS", DEFAULT_CACHE_SECONDS))


def feed_title(section_page):
    """``"<section title> · e-Government"`` (the site's name in the active language)."""
    return f"{section_page.title} · {gettext('e-Government')}"


def section_feed_data(*, section_page, request=None):
    """The :class:`SectionFeedData` of ``section_page`` (call with the section's language
    active: the site's name and the items' choice labels are read in it)."""
    return SectionFeedData(
        title=feed_title(section_page),
        subtitle=section_page.search_description or section_page.intro or section_page.title,
        link=page_full_url(section_page, request),
        feed_url=absolute_url(request.path, request) if request is not None else None,
        entries=feed_entries(section_page=section_page, request=request),
    )


class SectionRssFeed(Feed):
    """A section's newest contributions as RSS 2.0."""

    feed_type = Rss201rev2Feed
    # Django reads the feed's language from the active one: the view activates the section's.
    language = None

    def get_object(self, request, *, section_page):
        return section_feed_data(section_page=section_page, request=request)

    def title(self, data):
        return data.title

    def subtitle(self, data):
        return data.subtitle

    def description(self, data):
        return data.subtitle

    def link(self, data):
        return data.link

    def feed_url(self, data):
        return data.feed_url  # None: the request's own URL

    def author_name(self, data):
        return gettext("EgE Inter-Agency Task Force")

    def items(self, data):
        return data.entries

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.url

    item_guid_is_permalink = True

    def item_description(self, entry):
        # Readers take a description as HTML: a summary is plain text.
        return escape(entry.description)

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_author_name(self, entry):
        return ", ".join(entry.authors) or None

    def item_categories(self, entry):
        return entry.categories


class SectionAtomFeed(SectionRssFeed):
    """A section's newest contributions as Atom 1.0."""

    feed_type = Atom1Feed


FEEDS = {"rss": SectionRssFeed(), "atom": SectionAtomFeed()}


def section_feed_response(request, section_page, kind):
    """The ``kind`` (``"rss"`` or ``"atom"``) feed of ``section_page`` as an HTTP response.

    The feed lists public pages only, so shared caches may keep it; unless the section page
    itself is restricted, when only this reader may see it.
    """
    with translation.override(section_page.locale.language_code):
        response = FEEDS[kind](request, section_page=section_page)
    if is_restricted(section_page, request):
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=feed_cache_seconds())
    return response
