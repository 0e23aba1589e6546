"""The translation status view: each state counted as it really is, in a bounded number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from egecms.localization.review import submit_for_review
from egecms.localization.status import (
    IN_PROGRESS,
    IN_REVIEW,
    MISSING,
    OUTDATED,
    UP_TO_DATE,
    status_rows,
)
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.localization.test_sync import translate_all
from tests.workspaces.helpers import user_in
from tests.workspaces.test_going_live import DESCRIPTION


def locale(code):
    return Locale.objects.get(language_code=code)


def translation_of(page, code):
    source, _created = TranslationSource.update_or_create_from_instance(page)
    return Translation.objects.get_or_create(source=source, target_locale=locale(code))[0]


def publish_translation(translation, capture):
    translate_all(translation, f"[{translation.target_locale.language_code}]")
    with capture(execute=True):
        translation.save_target(publish=True)


@pytest.fixture
def five_states(site_tree, django_capture_on_commit_callbacks, settings):
    settings.EGECMS = {**settings.EGECMS, "SYNC_TRANSLATIONS_ON_PUBLISH": True}
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    practice, service = site_tree.pages["practice"], site_tree.pages["service"]
    practice.get_translation(locale("es")).delete()  # es: missing
    publish_translation(translation_of(practice, "pt"), django_capture_on_commit_callbacks)
    practice.get_translation(locale("fr")).unpublish()  # fr: not live yet, half translated
    fr = translation_of(practice, "fr")
    segment = StringSegment.objects.filter(source=fr.source).select_related("string").first()
    StringTranslation.objects.create(
        translation_of=segment.string, locale=fr.target_locale, context=segment.context, data="x"
    )
    publish_translation(translation_of(service, "pt"), django_capture_on_commit_callbacks)
    service.summary = "Changed after the translation"
    service.save_revision().publish()  # pt: outdated
    review = translation_of(service, "fr")
    translate_all(review, "[fr]")
    submit_for_review(review, user_in("Translators (fr)", "tr-fr"))  # fr: in review
    return site_tree


@pytest.mark.django_db
def test_each_state_is_what_it_really_is(five_states):
    practice, service = five_states.pages["practice"], five_states.pages["service"]
    rows = {
        row.original.pk: row.cells
        for row in status_rows(Page.objects.all(), list(Locale.objects.all()))
    }
    assert rows[practice.pk]["es"].state == MISSING
    assert rows[practice.pk]["pt"].state == UP_TO_DATE
    assert rows[practice.pk]["fr"].state == IN_PROGRESS
    total = StringSegment.objects.filter(source__object_id=practice.translation_key).count()
    assert rows[practice.pk]["fr"].percent == round(100 / total)
    assert rows[service.pk]["pt"].state == OUTDATED
    assert rows[service.pk]["fr"].state == IN_REVIEW
    assert "en" not in rows[practice.pk]  # the original itself


@pytest.mark.django_db
def test_the_view_shows_the_states_with_links_to_the_right_action(client, five_states):
    practice = five_states.pages["practice"]
    client.force_login(user_in("Editorial board", "board"))
    html = client.get(reverse("egecms_localization:status")).content.decode()
    for label in ("Missing", "In progress", "Waiting for review", "Outdated", "Up to date"):
        assert label in html
    submit = reverse("wagtail_localize:submit_page_translation", args=[practice.pk])
    assert f'href="{submit}"' in html  # a missing translation: request it
    french = practice.get_translation(locale("fr"))
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[french.pk])}"' in html

    only_pt = client.get(
        reverse("egecms_localization:status"), {"language": "pt", "state": "outdated"}
    )
    body = only_pt.content.decode()
    assert "translation-status__cell--outdated" in body
    assert "translation-status__cell--in_progress" not in body
    assert "translation-status__cell--up_to_date" not in body  # the practice has no outdated cell


@pytest.mark.django_db
def test_translators_see_their_languages_queue_on_the_dashboard(client, five_states):
    client.force_login(user_in("Translators (fr)", "tr-fr-2"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations waiting for you" in html
    assert "In progress" in html  # the half-translated practice
    assert "Submit for review" in html
    client.force_login(user_in("Reviewers (fr)", "rev-fr"))
    assert "Waiting for review" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_status_takes_the_same_queries_for_many_pages(site_tree):
    def count(pages):
        with CaptureQueriesContext(connection) as queries:
            status_rows(pages, list(Locale.objects.all()))
        return len(queries)

    cluster = site_tree.pages["cluster"]
    for page in Page.objects.filter(locale__language_code="en", depth__gte=2):
        TranslationSource.get_or_create_from_instance(page.specific)
    few = count(Page.objects.all())
    for number in range(15):
        practice = factories.PracticePageFactory(parent=cluster, title=f"More {number}")
        TranslationSource.get_or_create_from_instance(practice)
    assert count(Page.objects.all()) == few <= 8


@pytest.mark.django_db
def test_machine_text_is_marked_until_a_translator_confirms_it(client, five_states):
    practice = five_states.pages["practice"]
    fr = Translation.objects.get(
        source__object_id=practice.translation_key, target_locale=locale("fr")
    )
    segment = StringSegment.objects.filter(source=fr.source).order_by("order").last()
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=fr.target_locale,
        context=segment.context,
        data="texte automatique",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )

    def french_cell():
        rows = status_rows(Page.objects.filter(pk=practice.pk), [locale("en"), locale("fr")])
        return rows[0].cells["fr"]

    assert french_cell().machine == 1
    client.force_login(user_in("Editorial board", "board-m"))
    html = client.get(reverse("egecms_localization:status")).content.decode()
    assert "1 segment by machine, not yet confirmed" in html
    # A translator confirms it in the translation editor: it becomes a manual translation.
    client.force_login(user_in("Translators (fr)", "tr-fr-m"))
    url = reverse("wagtail_localize:edit_string_translation", args=[fr.pk, segment.pk])
    client.put(url, "value=texte relu", content_type="application/x-www-form-urlencoded")
    assert french_cell().machine == 0


@pytest.mark.django_db
def test_status_filters_by_agency_and_work_space(client, five_states):
    client.force_login(user_in("Editorial board", "board-f"))
    url = reverse("egecms_localization:status")
    practice, service = five_states.pages["practice"], five_states.pages["service"]
    oas = five_states.pages["agency_oas"]
    by_agency = client.get(url, {"agency": oas.pk}).content.decode()  # the event is OAS's
    assert practice.title not in by_agency and service.title not in by_agency
    cluster = five_states.pages["cluster"]
    in_cluster = client.get(url, {"workspace": cluster.pk}).content.decode()
    assert practice.title in in_cluster and service.title not in in_cluster


@pytest.mark.django_db
@pytest.mark.parametrize("query", [{}, {"language": "pt", "state": "outdated"}])
def test_the_csv_export_lists_the_same_rows_as_the_page(client, five_states, query):
    import csv
    import io

    client.force_login(user_in("Editorial board", "board-csv"))
    url = reverse("egecms_localization:status")
    page = client.get(url, query)
    lines = page.context["object_list"]
    assert lines and len(lines) < page.context["paginator"].per_page  # all on one page
    export = client.get(url, {**query, "export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    columns = [locale.get_display_name() for locale in page.context["locales"]]
    assert table[0] == ["Original", *columns]
    assert [row[0] for row in table[1:]] == [
        line.original.get_admin_display_title() for line in lines
    ]
    html = page.content.decode()
    for row, line in zip(table[1:], lines, strict=True):
        for text, cell in zip(row[1:], line.cells, strict=True):
            if cell is None:
                assert text == "—"  # the original's own language
            else:
                assert text.startswith(str(cell.label))
                assert f'translation-status__cell--{cell.state}">{text}</a>' in html


@pytest.mark.django_db
def test_odd_filter_values_leave_the_report_unfiltered(client, five_states):
    client.force_login(user_in("Editorial board", "board-odd"))
    url = reverse("egecms_localization:status")
    everything = len(client.get(url).context["object_list"])
    for query in (
        {"agency": "\u00b2"},
        {"workspace": "\u00b2"},
        {"state": "\x00"},
        {"p": "\u00b2"},
    ):
        response = client.get(url, query)
        assert response.status_code == 200, query
        assert len(response.context["object_list"]) == everything, query
