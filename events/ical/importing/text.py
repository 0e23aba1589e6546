"""The text of a feed's properties, as an event's fields.

Descriptions may hold HTML (Google Calendar allows some): they are reduced to plain text, then
written as escaped paragraphs, so a feed never puts markup on a page. Addresses are kept only
if they are valid http(s) URLs short enough for the page's fields.
"""

import html
import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import strip_tags

from .sources import is_web_address

SUMMARY_LENGTH = 500
TITLE_LENGTH = 255
URL_LENGTH = 200

_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_LINE_BREAK = re.compile(r"<br\s*/?>|</li>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|div|ul|ol|h[1-6])>", re.IGNORECASE)


def property_text(component, name):
    """The text of ``component``'s property ``name`` (the first if repeated), stripped."""
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else ""


def one_line(text):
    """``text`` with every run of white space (line breaks included) as one space."""
    return " ".join(text.split())


def event_title(component):
    """The event's ``SUMMARY`` on one line, as long as a page title may be."""
    return one_line(property_text(component, "SUMMARY"))[:TITLE_LENGTH]


def plain_text(text):
    """The description as plain text: HTML (Google Calendar allows some) reduced to its text."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_TAG.search(text):
        text = _BLOCK_END.sub("\n\n", _LINE_BREAK.sub("\n", text))
        text = html.unescape(strip_tags(text))
    return text.strip()


def description_html(text):
    """Paragraphs (separated by blank lines) of escaped text; single line breaks kept."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(
        "<p>"
        + "<br/>".join(html.escape(line.strip(), quote=False) for line in part.split("\n"))
        + "</p>"
        for part in paragraphs
    )


def short_summary(text, fallback):
    """The first ~500 characters of ``text`` on one line, cut at a word."""
    flat = one_line(text) or fallback
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    cut = flat[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0]
    return cut + "…"


def web_url(value):
    """``value`` if it is a valid http(s) URL that fits a page's URL field, else ""."""
    value = (value or "").strip()
    if not is_web_address(value) or len(value) > URL_LENGTH:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value
