"""Script-bearing payloads, each of which calls ``window.__xss(<its id>)`` if a browser runs it,
and the ways the injection harness writes them into a field as an editor could."""

import functools
import html
from urllib.parse import quote

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features

from egecms.core.safe_urls import unsafe_links

PAYLOADS = {
    1: "<script>__xss(1)</script>",
    2: "<img src=x onerror=__xss(2)>",
    3: '"><svg onload=__xss(3)>',
    4: "'><svg onload=__xss(4)>",
    5: "javascript:__xss(5)",
    6: '" autofocus onfocus="__xss(6)',
    7: "' autofocus onfocus='__xss(7)",
    8: "</script><script>__xss(8)</script>",
    9: "{{constructor.constructor('__xss(9)')()}}{% now 'Y' %}",
    10: "＜script＞__xss(10)＜/script＞\u202e<img src=x onerror=__xss(10)>",
    11: '<a href="javascript:__xss(11)">link</a>',
    12: '<iframe srcdoc="<script>parent.__xss(12)</script>"></iframe>',
    13: "<details open ontoggle=__xss(13)>",
    14: "`;__xss(14);`",
}


def packed(max_length=None, *, offset=0):
    """As many payloads as fit in ``max_length`` characters, starting at the ``offset``-th, so
    that fields of every length together carry every payload."""
    ids = list(PAYLOADS)
    ids = ids[offset % len(ids) :] + ids[: offset % len(ids)]
    text = ""
    for payload_id in ids:
        candidate = f"{text} {PAYLOADS[payload_id]}".strip()
        if max_length is not None and len(candidate) > max_length:
            continue
        text = candidate
    return text


def as_saved_by_the_editor(html):
    """``html`` after the round trip through Draftail's converter that every rich-text field's
    form makes: what an editor (or a forged form post) can store."""
    converter = ContentstateConverter(features.get_default_features())
    return converter.to_database_format(converter.from_database_format(html))


def _as_markup(payload):
    """``payload`` as markup the editor's converter reads, or None if it cannot parse it (a
    form post with it fails there, before anything is saved)."""
    try:
        markup = as_saved_by_the_editor(f"<p>{payload}</p>")
    except AssertionError:  # Wagtail's parser asserts on unbalanced tags
        return None
    return None if unsafe_links(markup) else markup  # refused at save (a javascript: link)


@functools.cache
def rich_text_payloads():
    """Every payload as text, as markup (where the converter reads it and the field's validator
    accepts it), and as the address and text of links, as the editor saves them."""
    links = "".join(
        f'<p><a href="https://example.org/?q={quote(payload)}">{html.escape(payload)}</a></p>'
        for payload in PAYLOADS.values()
    )
    as_text = as_saved_by_the_editor(f"<p>{html.escape(packed())}</p>{links}")
    as_markup = (_as_markup(payload) for payload in PAYLOADS.values())
    return as_text + "".join(markup for markup in as_markup if markup)


def link_payloads():
    """Addresses that carry payloads and that the URL fields accept (the others are refused)."""
    return [f"https://example.org/{quote(payload, safe='')}" for payload in PAYLOADS.values()]
