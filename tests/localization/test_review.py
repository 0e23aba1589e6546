"""Translations go live only through their language's review; translators never publish."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.localization.test_sync import translate_all
from tests.workspaces.helpers import user_in
from tests.workspaces.test_going_live import DESCRIPTION


@pytest.fixture
def world(site_tree):
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    practice = site_tree.pages["practice"]
    source, _created = TranslationSource.get_or_create_from_instance(practice)
    pt = Locale.objects.get(language_code="pt")
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=pt)
    translate_all(translation, "[traduzido]")
    site_tree.translation = translation
    site_tree.portuguese = practice.get_translation(pt)
    site_tree.translator = user_in("Translators (pt)", "tr-pt")
    site_tree.reviewer = user_in("Reviewers (pt)", "rev-pt")
    return site_tree


def submit(client, world, user, translation=None):
    client.force_login(user)
    translation = translation or world.translation
    url = reverse("egecms_localization:submit_for_review", args=[translation.pk])
    return client.post(url)


@pytest.mark.django_db
def test_each_language_has_its_review_and_translations_use_it(world):
    assert world.portuguese.get_workflow().name == "Translation review (pt)"
    assert world.pages["practice"].get_workflow().name == "Contribution review"


@pytest.mark.django_db
def test_a_translator_hands_over_and_a_reviewer_publishes(client, world):
    # The translator cannot publish from the translation editor...
    client.force_login(world.translator)
    edit = reverse("wagtailadmin_pages:edit", args=[world.portuguese.pk])
    assert client.post(edit, {"action": "publish"}).status_code in (302, 403)
    assert "[traduzido]" not in Page.objects.get(pk=world.portuguese.pk).title
    # ...but submits the translation to the Portuguese reviewers.
    response = submit(client, world, world.translator)
    assert response.status_code == 302
    portuguese = Page.objects.get(pk=world.portuguese.pk).specific
    assert portuguese.workflow_in_progress
    assert "[traduzido]" not in portuguese.title  # not live yet
    assert "[traduzido]" in portuguese.get_latest_revision_as_object().title

    state = portuguese.current_workflow_task_state
    client.force_login(world.reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[portuguese.pk, "approve", state.pk])
    client.post(url, {"comment": ""})
    assert TaskState.objects.get(pk=state.pk).status == TaskState.STATUS_APPROVED
    assert "[traduzido]" in Page.objects.get(pk=portuguese.pk).title


@pytest.mark.django_db
def test_a_translator_acts_on_their_own_language_only(client, world):
    spanish = Translation.objects.create(
        source=world.translation.source, target_locale=Locale.objects.get(language_code="es")
    )
    assert submit(client, world, world.translator, spanish).status_code in (302, 403)
    assert not Page.objects.get(
        pk=world.pages["practice"].get_translation(spanish.target_locale).pk
    ).workflow_in_progress
    # Nor can another language's reviewer approve a Portuguese translation.
    submit(client, world, world.translator)
    state = Page.objects.get(pk=world.portuguese.pk).specific.current_workflow_task_state
    client.force_login(user_in("Reviewers (es)", "rev-es"))
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[world.portuguese.pk, "approve", state.pk]
    )
    client.post(url, {"comment": ""})
    assert TaskState.objects.get(pk=state.pk).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_publish_immediately_is_held_for_who_cannot_publish_the_translations(client, world):
    member = user_in("OAS editors", "oas")  # edits the original, publishes nothing there
    member.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    client.force_login(member)
    url = reverse("wagtail_localize:update_translations", args=[world.translation.source.pk])
    before = Page.objects.get(pk=world.portuguese.pk).title
    client.post(url, {"publish_translations": "on"})
    assert Page.objects.get(pk=world.portuguese.pk).title == before


@pytest.mark.django_db
def test_external_translators_po_files_under_the_same_permissions(client, world):
    spanish = Translation.objects.create(
        source=world.translation.source, target_locale=Locale.objects.get(language_code="es")
    )
    client.force_login(world.translator)
    for translation, allowed in ((world.translation, True), (spanish, False)):
        download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
        response = client.get(download)
        assert (response.status_code == 200) is allowed
        po = translation.export_po()
        for entry in po:
            entry.msgstr = f"{entry.msgid} (PO)"
        upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        from django.core.files.uploadedfile import SimpleUploadedFile

        client.post(upload, {"file": SimpleUploadedFile("t.po", str(po).encode())})
        imported = StringTranslation.objects.filter(
            locale=translation.target_locale, data__endswith="(PO)"
        ).exists()
        assert imported is allowed
