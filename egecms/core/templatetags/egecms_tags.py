"""Template tags for the public site: thin wrappers around ``egecms.core.navigation``."""

from django import template
from django.utils.translation import get_language

from ..navigation import language_links, main_menu

register = template.Library()


@register.inclusion_tag("egecms_core/includes/main_menu.html", takes_context=True)
def site_menu(context):
    page = context.get("page")
    request = context.get("request")
    return {"entries": main_menu(page, request) if page is not None else []}


@register.inclusion_tag("egecms_core/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {
        "links": language_links(
            context.get("page"), context.get("request"), current_language=get_language()
        )
    }
