"""Valid HTML, by the W3C's own checker: every public page of the demo in four languages (the
apps' public views in the sitemap too), and
the variants readers meet (month grid, matrix, searches with facets, filtered listings, the
request form with its errors), go through the Nu HTML Checker (``vnu.jar``) in one run.

The checker is the W3C's, from npm (``vnu-jar``; ``make test`` installs it where Java and npm
are, or set EGECMS_VNU_JAR); it needs Java. Without either the test is skipped, saying why.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from egecms.core.sitemap import AppPagesSitemap

INSTALLED_JAR = Path(settings.BASE_DIR) / "var/node/node_modules/vnu-jar/build/dist/vnu.jar"


def checker():
    jar = Path(os.environ.get("EGECMS_VNU_JAR") or INSTALLED_JAR)
    java = shutil.which("java")
    if not java:
        pytest.skip("No Java here: the Nu HTML Checker needs it")
    if not jar.exists():
        pytest.skip(f"No Nu HTML Checker at {jar} (make validator, or set EGECMS_VNU_JAR)")
    return [java, "-jar", str(jar)]


def public_urls():
    """Every live public page, in every language, and the variants of the listings."""
    urls = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        urls.append(url)
        kind = type(page).__name__
        if kind == "CalendarPage":
            urls += [f"{url}?view=month", f"{url}?view=past", f"{url}?country=PE&month=2026-05"]
        elif kind == "ServiceMenuPage":
            urls += [f"{url}?view=matrix", f"{url}?modality=training"]
        elif kind == "SearchPage":
            urls += [f"{url}?q=digital", f"{url}?q=digital&outcome=avoid&country=PE"]
        elif kind == "PracticeLibraryPage":
            urls.append(f"{url}?outcome=avoid&year=2023")
    sitemap = AppPagesSitemap()  # the apps' public views (the bodies' published records...)
    for language in sitemap.languages:
        with translation.override(language):
            urls += [sitemap.location(name) for name in sitemap.items()]
    return urls


@pytest.mark.django_db
def test_every_public_page_is_valid_html_to_the_w3c_checker(demo, client, tmp_path):
    command = checker()
    files = {}
    for number, url in enumerate(public_urls()):
        response = client.get(url)
        assert response.status_code == 200, url
        files[f"{number:04d}.html"] = url
        (tmp_path / f"{number:04d}.html").write_bytes(response.content)
    form = next(url for url in files.values() if "request-assistance" in url)
    response = client.post(form, {})  # sent empty: the form comes back with its errors
    assert "notice--error" in response.content.decode()
    files["form-errors.html"] = f"{form} (errors)"
    (tmp_path / "form-errors.html").write_bytes(response.content)
    assert len(files) >= 4 * 40

    run = subprocess.run(  # noqa: S603 - the checker, on the files this test wrote
        [*command, "--errors-only", "--format", "json", *sorted(map(str, tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{files[Path(message['url']).name]}:{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message["type"] == "error"
    ]
    assert not errors, "\n".join(errors)
