"""Rich-text links as typed, so that an unsafe one is refused with a message, not dropped.

Wagtail's Draftail converter silently removes the ``href`` of a link whose scheme it does not
allow: the editor saves and finds a dead link, never told why. The platform's rule keeps the
address as typed and lets every rich-text field's validator
(:func:`egecms.core.safe_urls.validate_rich_text_links`) refuse a ``javascript:``, ``data:`` or
``vbscript:`` link with a message in the editor's language; nothing is saved.
"""

from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.contentstate import link_entity


def link_entity_as_typed(props):
    """Draftail's LINK entity as HTML: page links as Wagtail writes them, others as typed."""
    if props.get("id") is not None or not props.get("url"):
        return link_entity(props)
    return DOM.create_element("a", {"href": props["url"]}, props["children"])


def keep_links_as_typed(features):
    """The ``link`` feature's Draftail-to-database rule, with :func:`link_entity_as_typed`."""
    rules = features.converter_rules_by_converter["contentstate"]
    rule = rules["link"]
    rules["link"] = {
        **rule,
        "to_database_format": {
            **rule["to_database_format"],
            "entity_decorators": {"LINK": link_entity_as_typed},
        },
    }
