"""Every contribution page says who contributed it, when the editorial board reviewed it and,
for a translation, how and when it was translated; in a fixed number of queries."""

import pytest
from django.utils import formats, timezone, translation
from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from egecms.core.provenance import DEFAULT_EDITORIAL_REVIEW_TASK, page_provenance
from egecms.workspaces import roles
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.workspaces.helpers import user_in
from tests.workspaces.test_going_live import DESCRIPTION


def locale(code):
    return Locale.objects.get(language_code=code)


def approve(page, user):
    """The holder of the current task approves, as through the admin's workflow action."""
    page.refresh_from_db()
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, user, "approve")
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def reviewed(site_tree):
    """A practice an IDB editor submits in the cluster IDB leads, approved by the board."""
    tree = site_tree
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    board = user_in("Editorial board", "board")
    practice = factories.PracticePageFactory(
        parent=tree.pages["cluster"], title="Shared registries", live=False
    )
    practice.agencies.set([tree.pages["agency_idb"], tree.pages["agency_oas"]])
    practice.save_revision()
    practice.get_workflow().start(practice, user_in("IDB editors", "idb"))
    tree.practice = approve(practice, board)
    tree.approval = TaskState.objects.get(
        task__name=roles.EDITORIAL_BOARD_TASK, status=TaskState.STATUS_APPROVED
    )
    return tree


def translate(page, code, capture, *, machine_segments=0):
    """Translate every segment of ``page`` into ``code`` in wagtail-localize's editor (the last
    ``machine_segments`` by a machine) and publish the translation (``capture``: pytest-django's
    ``django_capture_on_commit_callbacks``, as wagtail-localize publishes on commit)."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    target = Translation.objects.get_or_create(source=source, target_locale=locale(code))[0]
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string").order_by("order")
    )
    for index, segment in enumerate(segments):
        by_machine = index >= len(segments) - machine_segments
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target.target_locale,
            context=segment.context,
            defaults={
                "data": f"{segment.string.data} [{code}]",
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE
                if by_machine
                else StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    with capture(execute=True):
        target.save_target(publish=True)
    return page.get_translation(target.target_locale).specific


def shown_date(value, language):
    with translation.override(language):
        return formats.date_format(timezone.localtime(value), "DATE_FORMAT")


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_default_task_is_the_one_provisioning_creates():
    assert DEFAULT_EDITORIAL_REVIEW_TASK == roles.EDITORIAL_BOARD_TASK


@pytest.mark.django_db
def test_an_original_approved_by_the_board_says_who_and_when(client, reviewed):
    provenance = page_provenance(reviewed.practice)
    assert provenance.agency_names == (
        "Inter-American Development Bank, Organization of American States"
    )
    assert provenance.reviewed_at == reviewed.approval.finished_at
    assert provenance.translation is None

    html = read(client, reviewed.practice)
    assert "Contributed by Inter-American Development Bank, Organization of American States" in html
    assert (
        f"Reviewed by the editorial board on {shown_date(reviewed.approval.finished_at, 'en')}"
        in html
    )
    assert "Translated from" not in html


@pytest.mark.django_db
def test_the_latest_approval_counts_and_rejections_do_not(reviewed):
    practice = reviewed.practice
    practice.save_revision()
    practice.get_workflow().start(practice, user_in("IDB editors", "idb-2"))
    practice.refresh_from_db()
    state = practice.current_workflow_task_state
    state.task.specific.on_action(state, user_in("Editorial board", "board-2"), "reject")
    assert page_provenance(practice).reviewed_at == reviewed.approval.finished_at

    practice.refresh_from_db()
    practice.current_workflow_state.resume(user_in("IDB editors", "idb-3"))
    later = approve(practice, user_in("Editorial board", "board-3"))
    assert page_provenance(later).reviewed_at > reviewed.approval.finished_at


@pytest.mark.django_db
def test_a_page_the_board_never_approved_says_nothing_of_a_review(client, site_tree_en):
    practice = site_tree_en.pages["practice"]  # published by hand, outside any review
    provenance = page_provenance(practice)
    assert provenance.reviewed_at is None
    html = read(client, practice)
    assert "Contributed by Inter-American Development Bank" in html
    assert "Reviewed by the editorial board" not in html


@pytest.mark.django_db
def test_a_human_translation_names_its_language_and_the_originals_review(
    client, reviewed, django_capture_on_commit_callbacks
):
    spanish = translate(reviewed.practice, "es", django_capture_on_commit_callbacks)
    with translation.override("en"):
        provenance = page_provenance(spanish)
    assert provenance.reviewed_at == reviewed.approval.finished_at  # the original's review
    assert provenance.translation.from_language == "English"
    assert provenance.translation.by_machine is False
    newest = StringTranslation.objects.filter(locale=locale("es")).latest("updated_at")
    assert provenance.translation.translated_at == newest.updated_at

    html = read(client, spanish)
    with translation.override("es"):
        said = translation.gettext("Translated from %(language)s by a person on %(date)s") % {
            "language": "inglés",
            "date": shown_date(newest.updated_at, "es"),
        }
        reviewed_on = translation.gettext("Reviewed by the editorial board on %(date)s") % {
            "date": shown_date(reviewed.approval.finished_at, "es")
        }
    assert said in html
    assert reviewed_on in html
    assert "by machine" not in html


@pytest.mark.django_db
def test_machine_text_is_said_to_be_unreviewed_until_a_translator_confirms_it(
    client, reviewed, django_capture_on_commit_callbacks
):
    french = translate(
        reviewed.practice, "fr", django_capture_on_commit_callbacks, machine_segments=1
    )
    assert page_provenance(french).translation.by_machine is True
    html = read(client, french)
    with translation.override("fr"):
        said = translation.gettext(
            "Translated from %(language)s by machine on %(date)s, not yet reviewed by a translator"
        ) % {"language": "anglais", "date": shown_date(timezone.now(), "fr")}
    assert said in html
    assert "provenance__item--machine" in html

    StringTranslation.objects.filter(
        locale=locale("fr"), translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)
    assert page_provenance(french).translation.by_machine is False


@pytest.mark.django_db
def test_agencies_are_named_in_the_pages_language(reviewed, django_capture_on_commit_callbacks):
    idb = reviewed.pages["agency_idb"]
    idb_es = idb.copy_for_translation(locale("es"))
    idb_es.name = "Banco Interamericano de Desarrollo"
    idb_es.save()
    spanish = translate(reviewed.practice, "es", django_capture_on_commit_callbacks)
    names = page_provenance(spanish).agency_names
    assert "Banco Interamericano de Desarrollo" in names
    assert "Organization of American States" in names  # no Spanish copy: the canonical name


@pytest.mark.django_db
def test_provenance_takes_the_same_few_queries_whatever_the_page(
    reviewed, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    for number in range(8):
        agency = factories.AgencyFactory(acronym=f"AG{number}", name=f"Agency {number}")
        reviewed.practice.agencies.add(agency)
    reviewed.practice.save_revision().publish()
    original = Page.objects.get(pk=reviewed.practice.pk).specific
    machine = translate(original, "fr", django_capture_on_commit_callbacks, machine_segments=2)
    for page in (original, Page.objects.get(pk=machine.pk).specific):
        with django_assert_max_num_queries(4):
            provenance = page_provenance(page)
        assert len(provenance.agencies) == 10
        with django_assert_max_num_queries(2):
            page_provenance(page, agencies=provenance.agencies)
