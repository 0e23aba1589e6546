"""Addresses that would run code in a reader's browser: ``javascript:``, ``data:``, ``vbscript:``.

Every URL field, URL block and rich-text link of the platform refuses them at save with a
message in the editor's language. The scheme is read the way browsers read it: case, entities,
white space and control characters inside it ("jav&#x09;ascript:", " JavaScript:") are ignored.
"""

import html
import re

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript"})

# What browsers skip inside a scheme: ASCII control characters, white space, and the same
# characters Wagtail's ``check_url`` removes (backtick, NBSP, the replacement character).
_IGNORED_IN_SCHEME = re.compile(r"[`\x00-\x20\x7f-\xa0\s\ufffd]+")
_SCHEME = re.compile(r"^([a-z][-+.a-z0-9]*):")

UNSAFE_URL_MESSAGE = _(
    "Addresses starting with “%(scheme)s:” are not allowed: they can run code in readers' "
    "browsers. Use an address starting with https:// or http://."
)


def unsafe_scheme(url):
    """The scheme of ``url`` if it is one that runs code (``"javascript"``…), else None."""
    if not url:
        return None
    readable = _IGNORED_IN_SCHEME.sub("", html.unescape(str(url))).lower()
    match = _SCHEME.match(readable)
    if match and match.group(1) in UNSAFE_SCHEMES:
        return match.group(1)
    return None


def validate_safe_url(value):
    """Refuse ``value`` if it is a ``javascript:``, ``data:`` or ``vbscript:`` address."""
    scheme = unsafe_scheme(value)
    if scheme:
        raise ValidationError(UNSAFE_URL_MESSAGE, code="unsafe_url", params={"scheme": scheme})


def unsafe_links(rich_text):
    """The ``href`` of every link in the rich-text HTML ``rich_text`` whose scheme runs code."""
    if not rich_text or "href" not in str(rich_text).lower():
        return []
    soup = BeautifulSoup(str(rich_text), "html.parser")
    return [link["href"] for link in soup.find_all(href=True) if unsafe_scheme(link["href"])]


def validate_rich_text_links(value):
    """Refuse rich text (HTML, or a ``RichText`` value) holding a link that would run code."""
    found = unsafe_links(getattr(value, "source", value))
    if found:
        raise ValidationError(
            UNSAFE_URL_MESSAGE, code="unsafe_url", params={"scheme": unsafe_scheme(found[0])}
        )
