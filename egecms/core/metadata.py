"""What a page tells search engines and link previews: its description, canonical address and
Open Graph / Twitter card tags.

Open Graph names a locale as ``language_TERRITORY``. The site speaks to Latin America and the
Caribbean, so each language gets the territory its readers there use (overridable through
``EGECMS["OG_LOCALES"]``):

- ``en_US``: the English of the Americas, where the Task Force's agencies sit;
- ``es_LA``: Spanish for Latin America, the code Facebook and LinkedIn read (no ISO 3166
  territory covers the region, and ``es_419`` is not accepted by them);
- ``pt_BR``: Brazil, the region's Portuguese-speaking country;
- ``fr_FR``: the French of the French Caribbean territories (and of Haiti's official texts).
"""

import html
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Page

from .absolute_urls import page_full_url
from .models.contributions import Contribution
from .navigation import language_links

DEFAULT_OG_LOCALES = {"en": "en_US", "es": "es_LA", "pt": "pt_BR", "fr": "fr_FR"}
DESCRIPTION_MAX_LENGTH = 300
#: Page fields read, in this order, for the description (the first that has text wins).
DESCRIPTION_FIELDS = ("search_description", "summary", "intro")


@dataclass(frozen=True)
class PageMetadata:
    """The ``<head>`` metadata of one page."""

    title: str
    description: str
    canonical_url: str | None
    og_type: str  # "article" for a contribution, "website" otherwise
    site_name: str
    og_locale: str
    og_locale_alternates: tuple  # og locales of the page's other live translations


def og_locale(language_code):
    """The Open Graph locale (``es_LA``) of a content language (``es``)."""
    locales = settings.EGECMS.get("OG_LOCALES", DEFAULT_OG_LOCALES)
    return locales.get(language_code, language_code)


def plain_text(value):
    """Text of a plain or rich-text field, without markup, on one line."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


def page_description(page):
    """The page's search description, else its summary or introduction, else the site's."""
    for name in DESCRIPTION_FIELDS:
        text = plain_text(getattr(page, name, ""))
        if text:
            return Truncator(text).chars(DESCRIPTION_MAX_LENGTH)
    return gettext(
        "Practices, services and events of the agencies of the EgE Inter-Agency Task Force on "
        "e-Government in Latin America and the Caribbean."
    )


def canonical_url(page, request=None):
    """The page's full address in its own locale, without query string (None if unroutable)."""
    return page_full_url(page, request)


def page_metadata(page, request=None, *, language):
    """The :class:`PageMetadata` of ``page`` read in ``language``, or None for anything that is
    not a page (an error page or a plain Django view).

    The other translations come from the language switcher's data, cached on the request: no
    query of their own.
    """
    if not isinstance(page, Page):
        return None
    alternates = tuple(
        og_locale(link.code)
        for link in language_links(page, request, current_language=language)
        if link.is_translation and not link.is_current
    )
    return PageMetadata(
        title=page.seo_title or page.title,
        description=page_description(page),
        canonical_url=canonical_url(page, request),
        og_type="article" if isinstance(page, Contribution) else "website",
        site_name=gettext("e-Government"),
        og_locale=og_locale(language),
        og_locale_alternates=alternates,
    )
