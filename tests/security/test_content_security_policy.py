"""Content-Security-Policy: strict on the public site, looser for the admins, and no template
of ours relies on what the public policy forbids (inline scripts, handlers, styles)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [
    path
    for path in ROOT.glob("*/**/templates")
    if ".venv" not in path.parts and "var" not in path.parts
]
INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"=\s*[\"']?\s*javascript:", re.I)


def directives(header):
    return dict(
        (part.split()[0], set(part.split()[1:])) for part in header.split(";") if part.strip()
    )


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy(client):
    policy = directives(client.get("/en/_util/login/")["Content-Security-Policy"])
    assert policy["default-src"] == {"'self'"}
    assert policy["script-src"] == {"'self'"}  # no 'unsafe-inline', no nonce to replay
    assert policy["style-src"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert policy["frame-ancestors"] == {"'none'"}
    assert policy["base-uri"] == {"'self'"}
    assert policy["form-action"] == {"'self'"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admins_get_their_own_policy(client, url):
    policy = directives(client.get(url)["Content-Security-Policy"])
    assert policy["script-src"] == {"'self'", "'unsafe-inline'"}
    assert policy["frame-ancestors"] == {"'self'"}  # the page editor's live preview
    assert policy["object-src"] == {"'none'"}


def test_the_scanner_finds_what_the_policy_forbids():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/a.js" defer></script>')
    assert not INLINE_SCRIPT.search('<script type="application/json">{}</script>')
    assert INLINE_HANDLER.search('<button onclick="go()">')
    assert INLINE_STYLE.search('<p style="color: red">')
    assert JAVASCRIPT_URL.search('<a href="javascript:go()">')


def test_no_template_of_ours_has_inline_script_handler_or_style():
    offenders = []
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            text = template.read_text()
            for pattern in (INLINE_SCRIPT, INLINE_HANDLER, INLINE_STYLE, JAVASCRIPT_URL):
                offenders += [
                    f"{template.relative_to(ROOT)}: {match.group(0)}"
                    for match in pattern.finditer(text)
                ]
    assert TEMPLATE_DIRS
    assert offenders == []
