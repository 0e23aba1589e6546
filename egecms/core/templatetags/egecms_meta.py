"""Template tags for a page's ``<head>`` metadata and a contribution's provenance: thin
wrappers around ``egecms.core.metadata`` and ``egecms.core.provenance``."""

from django import template
from django.utils.translation import get_language

from ..metadata import page_metadata as build_page_metadata
from ..models.contributions import Contribution
from ..provenance import page_provenance as build_page_provenance

register = template.Library()


@register.inclusion_tag("egecms_core/includes/page_metadata.html", takes_context=True)
def page_metadata(context):
    """Description, canonical link, Open Graph and Twitter card tags (nothing without a page)."""
    return {
        "meta": build_page_metadata(
            context.get("page"), context.get("request"), language=get_language()
        )
    }


@register.simple_tag(takes_context=True)
def page_provenance(context):
    """The :class:`~egecms.core.provenance.Provenance` of the contribution page being shown, or
    None on any other page. Reuses the agency labels of the page's own card when it has one."""
    page = context.get("page")
    if not isinstance(page, Contribution):
        return None
    card = context.get("card")
    agencies = card.agencies if card is not None and card.page.pk == page.pk else None
    return build_page_provenance(page, agencies=agencies)
