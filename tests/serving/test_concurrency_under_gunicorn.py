"""The repository's gunicorn (4 worker processes) on PostgreSQL, hit all at once.

20 editors saving and 2 publishers publishing one page through the admin's edit view: no
server error, every save and publish leaves its revision, and the page ends pointing at its newest
revision and showing a published one — nothing lost (see ``egecms.core.page_edit_lock``).
50 submissions of the request form from one address: exactly the rate limit accepted.

gunicorn reads committed rows only, so the test commits (``transaction=True``) and its
database is flushed after it, as Django's TransactionTestCase is. pytest-xdist may give this
worker more modules afterwards, so the rows the migrations made (root page, locales, content
types, the default site) are loaded back when the module ends (``serialized_rollback``).
Without the page lock the race it guards against showed in 1 of 3 runs: a regression guard,
not a proof; the lock being taken on every edit POST is checked deterministically in
``tests/core/test_concurrent_editing.py``."""

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Site

from assistance.models import AssistanceRequest, AssistanceRequestPage
from assistance.ratelimit import RateLimit
from tests import factories
from tests.builders import ensure_locales
from tests.form_data import edit_form_data

ROOT = Path(__file__).resolve().parents[2]
EDITORS, PUBLISHERS, WORKERS, SUBMISSIONS = 20, 2, 4, 50

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="gunicorn's worker processes need a database server (SQLite's test database is "
    "in this process's memory); runs in CI's PostgreSQL phase",
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The test database (already committed rows only) as gunicorn's DATABASE_URL."""
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return (
        f"postgres://{user}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def start_gunicorn(port, log):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "egecms.settings.test",
        "DATABASE_URL": database_url(),
        "PYTHONPATH": str(ROOT),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(WORKERS),
        "GUNICORN_THREADS": "1",
        "GUNICORN_MAX_REQUESTS": "0",
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    return subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py")],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_until_up(base):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/admin/login/", timeout=10).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not start")


def signed_in_browser(base, username):
    """A browser signed in as a new superuser (its session is committed for gunicorn)."""
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "pw")
    client = Client()
    client.force_login(user)
    browser = requests.Session()
    browser.cookies.set(
        settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value
    )
    return browser


def open_editor(browser, url):
    """GET the edit view: the CSRF cookie and the revision the form was loaded from."""
    response = browser.get(url, timeout=30)
    assert response.status_code == 200
    return {
        "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        "loaded_revision_id": response.text.split('name="loaded_revision_id" value="')[1].split(
            '"'
        )[0],
        "loaded_revision_created_at": response.text.split(
            'name="loaded_revision_created_at" value="'
        )[1].split('"')[0],
    }


@pytest.fixture(scope="module", autouse=True)
def migrated_rows_back_afterwards(django_db_setup, django_db_blocker):
    """After the module's flushes, the database as migrations left it, for the next tests."""
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(scope="module")
def server(django_db_setup, tmp_path_factory):
    """The repository's gunicorn on the test database: (base URL, a function reading its log)."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    with open(log_path, "w") as log:
        process = start_gunicorn(port, log)
        try:
            wait_until_up(f"http://127.0.0.1:{port}")
            yield f"http://127.0.0.1:{port}", log_path.read_text
        finally:
            process.terminate()
            process.wait(timeout=20)


def published_topic_page(**fields):
    ensure_locales()
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root"))
    page = factories.TopicPageFactory(parent=root, slug="e-government", **fields)
    page.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": page, "hostname": "localhost"}
    )
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_editors_and_two_publishers_lose_no_revision(server):
    base, read_log = server
    page = published_topic_page(title="Shared page")
    revisions_before = page.revisions.count()
    url = base + reverse("wagtailadmin_pages:edit", args=[page.pk])
    people = [(f"editor-{n}", f"Draft by editor {n}", {}) for n in range(EDITORS)]
    people += [
        (f"publisher-{n}", f"Published by publisher {n}", {"action-publish": "1"})
        for n in range(PUBLISHERS)
    ]
    browsers = [signed_in_browser(base, name) for name, _, _ in people]
    form = edit_form_data(page)
    with ThreadPoolExecutor(len(people)) as pool:
        loaded = list(pool.map(open_editor, browsers, [url] * len(people)))
        start = threading.Barrier(len(people))

        def save(browser, person, state):
            _name, title, action = person
            start.wait()
            return browser.post(
                url, {**form, **state, **action, "title": title}, allow_redirects=False, timeout=60
            ).status_code

        statuses = list(pool.map(save, browsers, people, loaded))
    log_text = read_log()

    assert [status for status in statuses if status >= 500] == [], log_text
    assert statuses == [302] * len(people), log_text
    page.refresh_from_db()
    titles = [revision.content["title"] for revision in page.revisions.all()]
    assert len(titles) == revisions_before + len(people)
    assert sorted(set(titles) - {"Shared page"}) == sorted(title for _, title, _ in people)
    published = {title for _, title, action in people if action}
    assert page.live_revision.content["title"] in published
    assert page.title in published
    # The page points at its newest revision (the editor opens the last draft saved) and
    # shows the revision it says is live.
    newest = page.revisions.order_by("-created_at", "-pk").first()
    assert page.latest_revision == newest
    assert page.draft_title == newest.content["title"]
    assert page.title == page.live_revision.content["title"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_request_form_accepts_exactly_its_limit_of_simultaneous_submissions(server):
    """The issue's case: 50 submissions from one address at once to 4 worker processes (with
    the local-memory cache each had its own count, and 20 got through a limit of 5)."""
    base, read_log = server
    home = published_topic_page(title="e-Government")
    topic = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    form_page = AssistanceRequestPage(
        title="Request assistance",
        slug="request-assistance",
        intro="<p>Tell the agencies what you need.</p>",
        privacy_notice="<p>Program managers only.</p>",
    )
    home.add_child(instance=form_page)
    form_page.save_revision().publish()
    url = base + form_page.url
    data = {
        "country": "PE",
        "institution": "Secretaría de Gobierno Digital",
        "contact_name": "Rate Limit",
        "email": "rate.limit@ministerio.example",
        "need": "We want to set up a national digital identity.",
        "topics": [str(topic.pk)],
        "urgency": "medium",
        "modality": "training",
        "preferred_language": "en",
        "consent": "on",
        "website": "",
    }
    browsers = [requests.Session() for _ in range(SUBMISSIONS)]
    with ThreadPoolExecutor(SUBMISSIONS) as pool:
        assert set(
            pool.map(lambda browser: browser.get(url, timeout=30).status_code, browsers)
        ) == {200}
        start = threading.Barrier(SUBMISSIONS)

        def submit(browser):
            start.wait()
            token = {"csrfmiddlewaretoken": browser.cookies["csrftoken"]}
            return browser.post(
                url, {**data, **token}, allow_redirects=False, timeout=60
            ).status_code

        statuses = list(pool.map(submit, browsers))
    limit = RateLimit.for_assistance_requests().limit
    assert sorted(statuses) == [302] * limit + [429] * (SUBMISSIONS - limit), read_log()
    assert AssistanceRequest.objects.count() == limit
