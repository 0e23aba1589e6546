"""Template tags for the public site: thin wrappers around ``egecms.core.navigation``."""

from django import template
from django.utils.translation import get_language

from .. import public_urls
from ..absolute_urls import absolute_url
from ..countries import country_name
from ..freshness import outdated_translation
from ..navigation import FALLBACK_PARAMETER, language_links, main_menu, search_url

register = template.Library()


@register.inclusion_tag("egecms_core/includes/main_menu.html", takes_context=True)
def site_menu(context):
    page = context.get("page")
    request = context.get("request")
    if page is None:
        return {"entries": [], "search_url": None}
    return {"entries": main_menu(page, request), "search_url": search_url(page, request)}


@register.inclusion_tag("egecms_core/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {
        "links": language_links(
            context.get("page"), context.get("request"), current_language=get_language()
        )
    }


@register.inclusion_tag("egecms_core/includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` to the page's translations (from the switcher's data)."""
    page, request = context.get("page"), context.get("request")
    if page is None:
        return {"links": []}
    links = language_links(page, request, current_language=get_language())
    return {
        "links": [
            (link.code, absolute_url(link.url, request) or link.url)
            for link in links
            if link.is_translation
        ]
    }


@register.inclusion_tag("egecms_core/includes/translation_notices.html", takes_context=True)
def translation_notices(context):
    page, request = context.get("page"), context.get("request")
    came_from = request.GET.get(FALLBACK_PARAMETER) if request is not None else None
    return {
        "outdated": outdated_translation(page, request),
        "came_from_untranslated": bool(came_from),
    }


@register.filter(name="country_name")
def country_name_filter(country):
    """``{{ page.country|country_name }}``: the country's name in the active language (kept
    once worked out, unlike ``country.name``)."""
    return country_name(country) if country else ""


@register.inclusion_tag("egecms_core/includes/listing_actions.html", takes_context=True)
def listing_actions(context):
    """What apps offer beside a listing or a search (``register_listing_actions`` hooks):
    "subscribe to this search", say. Nothing when no app offers anything."""
    request = context.get("request")
    if request is None:
        return {"actions": []}
    filters = {name: request.GET.getlist(name) for name in request.GET}
    return {
        "actions": public_urls.listing_actions(
            request=request, page=context.get("page"), filters=filters
        )
    }


@register.inclusion_tag("egecms_core/includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The links apps add to the footer (``register_footer_links`` hooks); nothing without."""
    request = context.get("request")
    return {"links": public_urls.footer_links(request=request) if request is not None else []}
