"""Accessibility in a real browser: axe-core (WCAG 2.1 A and AA rules) in headless Chromium
over every public page type of the demo, in all four locales — no serious or critical
violation — plus keyboard use: the skip link first, a visible focus, the search facets
reached and chosen without a mouse.

Chromium is Debian's (``make test`` installs it where it can); playwright drives it and
axe-playwright-python carries axe-core. Without a browser the test is skipped, saying why.
The pages are the demo's, loaded once for this test and the demo's own (the ``demo`` world),
and served to the browser from this process (``in_process.py``).
"""

import os
import shutil
from collections import defaultdict

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page

from .in_process import connection_keeper, serve_in_process

CHROMIUM = os.environ.get("EGECMS_CHROMIUM") or shutil.which("chromium")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}


@pytest.fixture
def browser(demo):
    """Chromium, driven by Playwright, whose sync API runs the rest of the test in a greenlet
    context of its own: the test keeps its database connection (and the demo world in it)."""
    if not CHROMIUM:
        pytest.skip("No Chromium here (apt-get install chromium, or set EGECMS_CHROMIUM)")
    from playwright.sync_api import Error, sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the test's own
    # database work (not the server's) then looks "async" to Django without being so.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    keep_connection = connection_keeper()
    with sync_playwright() as playwright:
        keep_connection()
        try:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        except Error as error:
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {error}")
        yield launched
        launched.close()


def page_urls():
    """One live page of each page type in each locale, plus the variants readers meet."""
    seen, urls = set(), []
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"):
        key = (page.content_type_id, page.locale_id)
        if key in seen or page.get_view_restrictions().exists():
            continue
        seen.add(key)
        url = page.get_url()
        urls.append(url)
        kind = page.specific_class.__name__
        if kind == "CalendarPage":
            urls.append(f"{url}?view=month")
        elif kind == "ServiceMenuPage":
            urls.append(f"{url}?view=matrix")
        elif kind == "SearchPage":
            urls.extend([f"{url}?q=digital", f"{url}?q=digital&outcome=avoid"])
        elif kind == "CountryProfilesPage":
            urls.extend([f"{url}pe/", f"{url}activities/"])
    return urls + app_page_urls()


def app_page_urls():
    """The apps' public views that are not Wagtail pages, in each language, where installed:
    subscribing, and the public page of the Task Force's and PMT's publications."""
    urls = []
    for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(language):
            for name in ("subscriptions:subscribe", "governance_public:published"):
                try:
                    urls.append(reverse(name))
                except NoReverseMatch:
                    continue
    return urls


def violations_of(browser_page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(browser_page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert len(results.response["passes"]) >= 10  # axe really ran its rules on this page
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.django_db
def test_every_public_page_type_in_four_locales_passes_axe_and_works_with_a_keyboard(demo, browser):
    urls = page_urls()
    assert len(urls) >= 4 * 15, urls
    context = browser.new_context()
    base = serve_in_process(context)
    tab = context.new_page()
    found = defaultdict(list)
    for url in urls:
        response = tab.goto(base + url)
        assert response.status == 200, url
        for violation in violations_of(tab):
            found[url].append(violation)
    # The request form with its errors shown (sent empty).
    form_url = next(url for url in urls if "request-assistance" in url or "solicitar" in url)
    tab.goto(base + form_url)
    # Past the browser's own checks, to the server's messages.
    tab.evaluate("document.querySelector('form.request-form').noValidate = true")
    tab.locator("form.request-form button[type=submit]").click()
    tab.wait_for_load_state()
    assert tab.locator(".notice--error").is_visible()
    for violation in violations_of(tab):
        found[f"{form_url} (errors)"].append(violation)
    assert not found, dict(found)

    keyboard_reaches_the_skip_link_and_shows_focus(tab, base + urls[0])
    keyboard_chooses_a_search_facet(tab, base, urls)
    context.close()


def keyboard_reaches_the_skip_link_and_shows_focus(tab, url):
    tab.goto(url)
    tab.keyboard.press("Tab")
    tab.wait_for_timeout(400)  # the skip link slides in (unless the reader asks for no motion)
    focused = tab.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            return {cls: el.className, outline: style.outlineStyle, shadow: style.boxShadow,
                    visible: box.width > 0 && box.height > 0 && box.top >= 0};
        }"""
    )
    assert "skip-link" in focused["cls"]
    assert focused["visible"]
    assert focused["outline"] != "none" or focused["shadow"] != "none"
    tab.keyboard.press("Enter")
    assert tab.evaluate("() => document.activeElement.id") == "main"


def keyboard_chooses_a_search_facet(tab, base, urls):
    search_url = next(url for url in urls if url.endswith("?q=digital"))
    tab.goto(base + search_url)
    for _press in range(200):
        tab.keyboard.press("Tab")
        href = tab.evaluate("() => document.activeElement.getAttribute('href') || ''")
        if "outcome=" in href or "country=" in href or "type=" in href:
            break
    else:
        raise AssertionError("no facet link reached with the Tab key")
    outline = tab.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert any(part in tab.url for part in ("outcome=", "country=", "type="))


def policy_violations(context, base, urls):
    """``{url: [console messages]}`` of what the Content-Security-Policy refused on each page."""
    refused = defaultdict(list)
    tab = context.new_page()
    current = {"url": None}
    tab.on(
        "console",
        lambda message: (
            refused[current["url"]].append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for url in urls:
        current["url"] = url
        response = tab.goto(base + url)
        assert response.status == 200, url
        tab.wait_for_load_state("networkidle")
    tab.close()
    return dict(refused)


@pytest.mark.django_db
def test_the_content_security_policy_refuses_nothing_of_ours_public_or_admin(demo, browser):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from practices.models import PracticePage

    public = [url for url in page_urls() if url.startswith("/en/") or url.startswith("/es/")]
    context = browser.new_context()
    assert policy_violations(context, serve_in_process(context), public) == {}
    context.close()

    # The Wagtail admin under its own policy, as a superuser: dashboard, explorer, the page
    # editor (Draftail, StreamField, previews), a snippet listing, a report.
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    admin = Client()
    admin.force_login(get_user_model().objects.get(username="admin"))
    context = browser.new_context()
    admin_urls = [
        "/admin/",
        f"/admin/pages/{practice.get_parent().pk}/",
        f"/admin/pages/{practice.pk}/edit/",
        "/admin/snippets/egecms_core/agency/",
        "/admin/reports/site-history/",
    ]
    base = serve_in_process(context, admin)
    assert policy_violations(context, base, admin_urls) == {}
    # An editor logged in sees Wagtail's userbar on public pages, under the public policy.
    assert policy_violations(context, base, [practice.url]) == {}
    context.close()
