"""``manage.py load_demo``: the whole demo, in four linked locales, idempotent, every page served.

One test on purpose: loading the demo takes about a minute, so it is loaded once and every
property is checked on that load.
"""

import io
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from clusters.models import ClusterPage, IssueAreaPage, PracticePage
from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.core.models import Agency, Topic
from events.models import EventPage
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
def test_load_demo_builds_the_whole_demo_once_in_four_linked_locales(client):
    first_output = io.StringIO()
    call_command("load_demo", stdout=first_output)
    after_first = counts()

    second_output = io.StringIO()
    call_command("load_demo", stdout=second_output)

    # Re-running changes nothing and says so.
    assert counts() == after_first
    assert "0 created" in second_output.getvalue()
    # Progress and logins are printed.
    assert "+ Practice" in first_output.getvalue()
    for username in ("admin", "board-editor", "editor-idb", "pm-idb", "translator-pt"):
        assert username in first_output.getvalue()

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

    # Every demo page is served in its locale.
    failures = Counter()
    for page in pages.filter(live=True):
        response = client.get(page.url)
        if response.status_code != 200:
            failures[(page.url, response.status_code)] += 1
    assert not failures
    assert Locale.objects.count() == 4
