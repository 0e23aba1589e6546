"""``manage.py load_demo``: the whole demo, in four linked locales, idempotent, every page served.

The demo is loaded once per worker (the ``demo`` world of ``tests/conftest.py``, shared with
the accessibility test), and every property is checked on that load.
"""

import io
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import Translation

from assistance.models import AssistanceRequest, AssistanceRequestPage, RequestRouting
from clusters.models import ClusterPage, IssueAreaPage
from coordination.models import ActivityPage, CountryProfilesPage, Mission, OverlapFlag
from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.core.models import Agency, Topic
from egecms.platform.models import InternalDocumentPage, PlatformPage
from events.models import EventPage
from governance.models import Decision, Meeting
from practices.models import PracticePage
from services.models import ServicePage

LANGUAGES = ("en", "es", "pt", "fr")


def counts():
    return {
        "pages": Page.objects.count(),
        "agencies": Agency.objects.count(),
        "topics": Topic.objects.count(),
        "translations": Translation.objects.count(),
        "users": get_user_model().objects.count(),
        **{
            model.__name__: model.objects.count()
            for model in (ClusterPage, IssueAreaPage, PracticePage, ServicePage, EventPage)
        },
    }


@pytest.mark.django_db
def test_load_demo_builds_the_whole_demo_once_in_four_linked_locales(client, demo):
    first_output = demo["output"]
    after_first = counts()

    second_output = io.StringIO()
    call_command("load_demo", stdout=second_output)

    # Re-running changes nothing and says so.
    assert counts() == after_first
    assert "0 created" in second_output.getvalue()
    # Progress and logins are printed.
    assert "+ Practice" in first_output
    for username in ("admin", "board-editor", "editor-idb", "pm-idb", "translator-pt"):
        assert username in first_output

    # What the action plan asks of the demo, in every locale.
    per_locale = {
        name: count // 4
        for name, count in after_first.items()
        if name in {"ClusterPage", "IssueAreaPage", "PracticePage", "ServicePage", "EventPage"}
    }
    assert per_locale["ClusterPage"] == 5
    assert per_locale["IssueAreaPage"] == 2
    assert per_locale["PracticePage"] >= 20
    assert per_locale["ServicePage"] >= 10
    assert per_locale["EventPage"] >= 10
    assert PracticePage.objects.filter(outcome="avoid").exists()
    assert Agency.objects.filter(locale__language_code="en").count() == 7
    assert set(
        Agency.objects.filter(locale__language_code="en", status="prospective").values_list(
            "acronym", flat=True
        )
    ) == {"ICA", "ECLAC"}
    assert len(LAC_COUNTRY_CODES) == 33

    # Every page exists in the four locales as linked translations (one translation key each),
    # and the translated text is really translated.
    pages = Page.objects.filter(depth__gte=2).select_related("locale")
    locales_by_key = {}
    for page in pages:
        locales_by_key.setdefault(page.translation_key, []).append(page.locale.language_code)
    assert all(sorted(found) == sorted(LANGUAGES) for found in locales_by_key.values())
    for practice in PracticePage.objects.filter(locale__language_code="en")[:5]:
        titles = {
            p.locale.language_code: p.title
            for p in practice.get_translations(inclusive=True).select_related("locale")
        }
        assert len(set(titles.values())) == 4, titles
    # ...created through wagtail-localize, so later edits of a source sync into them.
    assert (
        Translation.objects.filter(
            source__object_id__in=[p.translation_key for p in PracticePage.objects.all()]
        ).count()
        == 3 * per_locale["PracticePage"]
    )

    # Every public demo page is served in its locale; the platform only to its members.
    private_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    assert len(private_paths) == 4  # the platform page in each language
    failures = Counter()
    for page in pages.filter(live=True):
        is_private = any(page.path.startswith(path) for path in private_paths)
        response = client.get(page.url)
        if response.status_code != (302 if is_private else 200):
            failures[(page.url, response.status_code)] += 1
    assert not failures
    assert Locale.objects.count() == 4

    demo_calendar_and_outcomes_are_there(client)
    demo_requests_are_there()
    demo_coordination_is_there(client)
    # Demo people are fictional: neither load sent anything.
    assert demo["sent"] == [] and mail.outbox == []

    # An anonymous visitor following every public link, and the sitemap, meets nothing private.
    markers = set()
    for page in InternalDocumentPage.objects.all():
        markers.update({page.title, page.summary})
    markers.update(PlatformPage.objects.values_list("title", flat=True))
    for contact in AssistanceRequest.objects.values_list(*AssistanceRequest.CONTACT_FIELDS):
        markers.update(contact)
    # The bodies' agendas and unpublished decisions stay private; their public page is crawled.
    for agenda in Meeting.objects.values_list("agenda", flat=True):
        markers.update(line for line in agenda.splitlines() if line)
    markers.update(Decision.objects.filter(published_at=None).values_list("text", flat=True))
    assert Decision.objects.exclude(published_at=None).exists()
    seen, bodies = crawl(client, ["/en/", "/es/", "/pt/", "/fr/", "/sitemap.xml"])
    assert {"/en/governance/", "/fr/governance/"} <= seen
    public_urls = {
        page.url
        for page in pages.filter(live=True)
        if not any(page.path.startswith(p) for p in private_paths)
    }
    assert public_urls - seen == set()
    leaks = {marker for marker in markers for body in bodies if marker in body}
    assert leaks == set()


def demo_coordination_is_there(client):
    """Activities of several agencies in four languages, members-only missions of several
    agencies, one overlap of missions to see; the matrix and a profile in every language."""
    activities = ActivityPage.objects.filter(locale__language_code="en")
    assert {agency.acronym for page in activities for agency in page.agencies.all()} >= {
        "IDB",
        "WB",
    }
    assert ActivityPage.objects.count() == 4 * activities.count()
    assert Mission.objects.values("agency").distinct().count() >= 3
    assert OverlapFlag.objects.filter(kind="missions").count() == 1
    for profiles in CountryProfilesPage.objects.all():
        assert client.get(profiles.url).status_code == 200
        assert client.get(f"{profiles.url}pe/").status_code == 200
    spanish = CountryProfilesPage.objects.get(locale__language_code="es")
    assert "Perú" in client.get(f"{spanish.url}pe/").content.decode()


def demo_requests_are_there():
    """Requests for assistance in four languages, routed and at several steps; no e-mail."""
    requests = AssistanceRequest.objects.all()
    assert sorted(requests.values_list("preferred_language", flat=True)) == ["en", "es", "fr", "pt"]
    assert {"new", "triaged", "assigned"} <= set(requests.values_list("status", flat=True))
    assert RequestRouting.objects.filter(agency__acronym="IDB").exists()
    assert AssistanceRequestPage.objects.live().count() == 4


def demo_calendar_and_outcomes_are_there(client):
    """Repeating webinars with their exceptions; a compilation of recommendations per language."""
    from events.models import EventOccurrence, RecommendationsPage

    series = EventOccurrence.objects.filter(event__locale__language_code="en", event__live=True)
    assert series.filter(cancelled=True).exists() and series.filter(moved=True).exists()
    pages = RecommendationsPage.objects.live().select_related("locale")
    assert sorted(page.locale.language_code for page in pages) == ["en", "es", "fr", "pt"]
    seen = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200
        items = response.context["items"]
        assert len(items) >= 10
        seen[page.locale.language_code] = {item.text for item in items}
        # Every event with recommendations is past, and has conclusions in this language.
        for item in items:
            assert item.event.locale_id == page.locale_id
            assert item.event.is_past and item.event.conclusions
    # Four languages, four different sets of texts.
    assert len({frozenset(texts) for texts in seen.values()}) == 4


def crawl(client, start, limit=3000):
    """Follow every same-site link from ``start``, as an anonymous visitor (pages, the sitemap
    and iCalendar feeds are read)."""
    import re

    link = re.compile(r'(?:href|src)="(/[^"#?]*)[^"]*"|<loc>https?://[^/<]+(/[^<]*)</loc>')
    queue, seen, bodies = list(start), set(start), []
    while queue and len(seen) < limit:
        url = queue.pop()
        response = client.get(url)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or not any(
            kind in content_type for kind in ("text/html", "xml", "text/calendar")
        ):
            continue
        body = response.content.decode()
        bodies.append(body)
        for match in link.finditer(body):
            target = match.group(1) or match.group(2)
            if (
                target
                and not target.startswith(("/static/", "/admin/", "/django-admin/"))
                and target not in seen
            ):
                seen.add(target)
                queue.append(target)
    return seen, bodies
