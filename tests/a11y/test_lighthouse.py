"""Lighthouse, Google's auditor, scores accessibility, best practices and SEO at 95 or more on
the pages a reader meets first: the e-Government topic page, a practice, the practice
library, the calendar, a search and the request form (the demo, in English).

Lighthouse comes from npm (``make lighthouse`` installs it under ``var/node/lighthouse``, or
set EGECMS_LIGHTHOUSE to such a prefix) and drives Debian's Chromium; without node, the package
or the browser the test is skipped, saying why. One Chromium, one Lighthouse run per page,
three categories, the desktop preset, no throttling (``lighthouse_pages.mjs``); the pages are
served from this process over HTTP (``over_http.py``).
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Page

from .over_http import serve_while

PREFIX = Path(
    os.environ.get("EGECMS_LIGHTHOUSE") or Path(settings.BASE_DIR) / "var/node/lighthouse"
)
RUNNER = Path(__file__).with_name("lighthouse_pages.mjs")
CHROMIUM = os.environ.get("EGECMS_CHROMIUM") or shutil.which("chromium")
CATEGORIES = ("accessibility", "best-practices", "seo")
MINIMUM = 95
# (app label, model) of each page audited, and what to add to its URL.
AUDITED = [
    ("egecms_core", "topicpage", ""),
    ("practices", "practicepage", ""),
    ("practices", "practicelibrarypage", ""),
    ("events", "calendarpage", ""),
    ("egecms_search", "searchpage", "?q=digital"),
    ("assistance", "assistancerequestpage", ""),
]


def lighthouse_command():
    node = shutil.which("node")
    if not node:
        pytest.skip("No node here: Lighthouse runs on it")
    if not (PREFIX / "node_modules/lighthouse/package.json").exists():
        pytest.skip(f"No Lighthouse under {PREFIX} (make lighthouse, or set EGECMS_LIGHTHOUSE)")
    if not CHROMIUM:
        pytest.skip("No Chromium here (apt-get install chromium, or set EGECMS_CHROMIUM)")
    return [node, str(RUNNER), str(PREFIX), CHROMIUM]


def audited_paths():
    paths = []
    for app_label, model, query in AUDITED:
        page = (
            Page.objects.live()
            .public()
            .filter(
                locale__language_code="en",
                content_type__app_label=app_label,
                content_type__model=model,
            )
            .order_by("path")
            .first()
        )
        assert page is not None, f"no live English {app_label}.{model} in the demo"
        paths.append(page.url + query)
    return paths


@pytest.mark.django_db
def test_lighthouse_scores_95_or_more_on_the_pages_readers_meet_first(demo):
    command = lighthouse_command()
    paths = audited_paths()
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        served = {}

        def run_lighthouse(base_url):
            served["base"] = base_url
            return subprocess.Popen(  # noqa: S603 - our runner, on our own pages
                [*command, *(base_url + path for path in paths)], stdout=output, stderr=errors
            )

        finished = serve_while(run_lighthouse)
        output.seek(0)
        errors.seek(0)
        assert finished.returncode == 0, errors.read().decode(errors="replace")[-3000:]
        results = json.loads(output.read())

    scores = {}
    below = []
    for path in paths:
        result = results[served["base"] + path]
        scores[path] = result["scores"]
        for category in CATEGORIES:
            if result["scores"][category] < MINIMUM:
                below.append(f"{path} {category} {result['scores'][category]}: {result['failing']}")
    print("\nlighthouse:", json.dumps(scores, indent=1))
    assert set(scores) == set(paths) and all(
        set(CATEGORIES) <= set(page_scores) for page_scores in scores.values()
    )
    assert not below, "\n".join(below)
