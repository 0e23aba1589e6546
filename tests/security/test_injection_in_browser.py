"""Injection, in a real browser: script-bearing payloads (:mod:`.payloads`) written into every
text, rich-text, StreamField and URL field of one live page of each type, the agencies and
topics, and a request for assistance (:mod:`.injection`), then published; Chromium loads every
view that shows them — public pages and their listings, month grid and matrix, search and
filters with payloads as parameters, RSS, Atom and iCal feeds, the request e-mails' HTML, and
the admin (request queue and detail as a program manager, snippet listings, page editor,
translation editor, missions, overlaps, the Task Force's meetings and decisions, and the
calendar months that show them to members) — and clicks every link that stays on the site. A payload that runs calls
``window.__xss(id)``, which an init script records; dialogs are recorded too. None may run.

It runs on the demo world, on the worker that builds it for the accessibility test, and on
SQLite only (``.ci/run`` pays for it once): what a browser runs does not depend on the database.
"""

import os
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Error
from wagtail.models import Page

from assistance.viewsets import NAMESPACE as REQUESTS
from egecms.core.models import Agency, Topic
from egecms.core.safe_urls import unsafe_scheme
from events.models import CalendarPage, EventPage
from services.models import ServiceMenuPage
from tests.a11y.in_process import BASE_URL, serve_in_process
from tests.a11y.test_axe import browser  # noqa: F401 - the fixture

from .injection import inject_everything
from .payloads import PAYLOADS

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite" and not os.environ.get("EGECMS_INJECTION_EVERYWHERE"),
    reason="runs once per .ci/run, on SQLite: what a browser runs does not depend on the database",
)

RECORDER = """
window.__xss = (id) => { console.log('__xss:' + id); };
"""
LINKS = """() => [...document.querySelectorAll('a[href]')].map(a => a.href)"""
# Links followed in all (each at most once): the public pages' and the e-mails'.
MAX_CLICKS = 80


class Browsing:
    """One browser context serving the site as one user, recording what payloads ran."""

    def __init__(self, chromium, client):
        self.context = chromium.new_context()
        self.context.add_init_script(RECORDER)
        serve_in_process(self.context, client)
        self.tab = self.context.new_page()
        self.ran, self.dialogs, self.views, self.clicked = [], [], 0, set()
        self.tab.on("console", self._console)
        self.tab.on("dialog", self._dialog)

    def _console(self, message):
        if message.text.startswith("__xss:"):
            self.ran.append((self.tab.url, message.text))

    def _dialog(self, dialog):
        self.dialogs.append((self.tab.url, dialog.message))
        dialog.dismiss()

    def load(self, url, *, html=None, follow=True):
        """Load ``url`` (or show ``html``); no link on it may run code, and (if ``follow``)
        each one that stays on the site is followed."""
        self.views += 1
        if html is not None:
            self.tab.set_content(html)
        elif not self._goto(BASE_URL + url):
            return
        hrefs = self.tab.evaluate(LINKS)
        unsafe = [href for href in hrefs if unsafe_scheme(href)]
        self.ran += [(self.tab.url, f"a link to {href[:80]}") for href in unsafe]
        for href in hrefs if follow else []:
            self.click(href)

    def click(self, href):
        if (
            unsafe_scheme(href)
            or urlsplit(href).netloc != urlsplit(BASE_URL).netloc
            or "/logout" in href
        ):
            return
        address = href.split("#")[0]
        if address in self.clicked or len(self.clicked) >= MAX_CLICKS:
            return
        self.clicked.add(address)
        self._goto(address)

    def _goto(self, url):
        try:
            self.tab.goto(url, wait_until="load")
        except Error:
            return False  # a download (an .ics file): nothing rendered, nothing run
        return True

    def close(self):
        self.context.close()


def public_views(injected):
    """Every public address that shows a payload, and listings with payloads as parameters."""
    urls = [page.get_url() for page in injected.pages]
    for page in injected.pages:
        url = page.get_url()
        if isinstance(page, CalendarPage):
            event = EventPage.objects.live().filter(locale=page.locale).first()
            urls += [f"{url}?view=month&month={event.start:%Y-%m}", url + "feed.ics"]
            urls += [url + "feed/rss/", url + "feed/atom/"]
        elif isinstance(page, ServiceMenuPage):
            urls += [f"{url}?view=matrix", url + "feed/rss/", url + "feed/atom/"]
        elif isinstance(page, EventPage):
            urls.append(url + "event.ics")
        elif type(page).__name__ == "CountryProfilesPage":
            urls += [url + "pe/", url + "activities/"]
        elif type(page).__name__ == "PracticeLibraryPage":
            urls += [url + "feed/rss/", url + "feed/atom/"]
        if type(page).__name__ in {"SearchPage", "PracticeLibraryPage", "CalendarPage"}:
            for payload in PAYLOADS.values():
                value = quote(payload, safe="")
                urls.append(f"{url}?q={value}&agency={value}&topic={value}&page={value}")
    return urls


# The page editor of the types with rich text, StreamFields and URLs (the others' fields are
# the same title, summary and text fields, shown by the same widgets).
EDITED_IN_THE_ADMIN = {"PracticePage", "EventPage", "ServicePage", "AgencyPage", "TopicPage"}


def admin_views(injected):
    agency_list = reverse(f"wagtailsnippets_{Agency._meta.app_label}_agency:list")
    topic_list = reverse(f"wagtailsnippets_{Topic._meta.app_label}_topic:list")
    editors = [
        reverse("wagtailadmin_pages:edit", args=(page.pk,))
        for page in injected.pages
        if type(page).__name__ in EDITED_IN_THE_ADMIN
    ]
    translation_editors = [
        reverse("wagtailadmin_pages:edit", args=(page.pk,)) for page in injected.translations
    ]
    explorer = reverse("wagtailadmin_explore", args=(injected.pages[0].get_parent().pk,))
    return [
        agency_list,
        topic_list,
        explorer,
        *editors,
        *translation_editors,
        *record_views(injected),
    ]


def record_views(injected):
    """The admin and members' views of the records of the apps that are not pages (missions,
    the Task Force's meetings and decisions), and the calendar months that show them."""
    urls = []
    calendar = next((page for page in injected.pages if isinstance(page, CalendarPage)), None)
    for record in injected.records:
        name = type(record).__name__
        if name == "Mission":
            urls += [
                reverse("coordination_missions:index"),
                reverse("coordination_missions:inspect", args=(record.pk,)),
                reverse("coordination_missions:edit", args=(record.pk,)),
                reverse("coordination:flags"),
            ]
            day = record.start_date
        elif name == "Meeting":
            urls += [reverse("governance:index"), reverse("governance:meeting", args=(record.pk,))]
            day = record.starts_at
        else:  # a decision: shown on its meeting's page
            urls.append(reverse("governance:meeting", args=(record.meeting_id,)))
            continue
        if calendar is not None:
            urls.append(f"{calendar.get_url()}?view=month&month={day:%Y-%m}")
    return urls


def program_manager_of(assistance_request):
    routing = assistance_request.routings.select_related("agency").first()
    users = get_user_model().objects
    if routing is not None:
        user = users.filter(username=f"pm-{routing.agency.acronym.lower()}").first()
        if user is not None:
            return user
    return users.get(username="board-editor")


@pytest.mark.django_db
def test_no_payload_runs_in_any_view_that_shows_it(
    demo,
    browser,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    injected = inject_everything(django_capture_on_commit_callbacks)
    assert injected.pages and injected.emails and injected.refused_urls
    admin, manager = Client(), Client()
    admin.force_login(get_user_model().objects.get(username="admin"))
    manager.force_login(program_manager_of(injected.request))

    runs = []
    views = 0
    public = Browsing(browser, Client())
    public.load(None, html="<p><img src=x onerror=__xss(0)></p>")  # the recorder records
    public.tab.wait_for_timeout(100)
    assert public.ran, "the recorder did not see a payload run"
    public.ran.clear()
    assert injected.records, "no mission or meeting of the demo took a payload"
    for url in public_views(injected):
        public.load(url)
    for html in injected.emails:
        public.load(None, html=html)
    as_admin = Browsing(browser, admin)
    for url in admin_views(injected):
        as_admin.load(url, follow=False)
    for record in injected.records:
        if type(record).__name__ == "Meeting":  # the payloads are really shown to members
            as_admin.load(reverse("governance:meeting", args=(record.pk,)), follow=False)
            assert "__xss(" in as_admin.tab.content()
    as_manager = Browsing(browser, manager)
    as_manager.load(reverse(f"{REQUESTS}:index"), follow=False)
    as_manager.load(reverse(f"{REQUESTS}:inspect", args=(injected.request.pk,)), follow=False)
    assert "__xss(1)" in as_manager.tab.content()  # the payloads are really shown
    for browsing in (public, as_admin, as_manager):
        runs += browsing.ran + browsing.dialogs
        views += browsing.views + len(browsing.clicked)
        browsing.close()
    print(
        f"\ninjection: {len(PAYLOADS)} payloads × {views} views = {len(PAYLOADS) * views} "
        f"renderings ({injected.fields} fields written, {injected.refused_urls} unsafe addresses "
        f"refused at save); executed: {len(runs)}"
    )
    assert not runs
    assert Page.objects.filter(pk=injected.pages[0].pk).exists()
