"""The editorial policy: accepted (who, which version, when) before submitting for moderation."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Revision, WorkflowState
from wagtail.users.models import UserProfile

from egecms.editorial.models import EditorialPolicy, PolicyAcceptance
from egecms.editorial.policy import current_policy, has_accepted_current_policy
from tests.core.test_bad_input import practice_data

POLICY_URL = reverse("egecms_editorial:editorial_policy")


@pytest.fixture
def policy(locales):
    return EditorialPolicy.objects.create(
        locale=locales["en"],
        version=1,
        title="Editorial policy",
        body="<p>Be accurate.</p>",
        checklist=[("item", "Are the facts accurate?")],
    )


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


def submit_practice(client, tree, title):
    practice = tree.pages["practice"]
    data = practice_data(
        tree.pages["agency_idb"], title=title, slug=practice.slug, countries=["PE"]
    )
    data["action-submit"] = "Submit for moderation"
    url = reverse("wagtailadmin_pages:edit", args=(practice.pk,))
    return practice, client.post(url, data, follow=True)


@pytest.mark.django_db
def test_submitting_without_accepting_keeps_the_draft_and_says_why(
    client, editor, site_tree_en, policy
):
    practice, response = submit_practice(client, site_tree_en, "Edited before accepting")
    html = response.content.decode()
    assert "accept the current editorial policy first" in html
    assert not WorkflowState.objects.filter(object_id=str(practice.pk)).exists()
    latest = Revision.objects.filter(object_id=str(practice.pk)).latest("created_at")
    assert latest.content["title"] == "Edited before accepting"  # the draft is kept


@pytest.mark.django_db
def test_accepting_records_who_which_version_and_when_then_submission_goes_through(
    client, editor, site_tree_en, policy
):
    response = client.post(POLICY_URL)
    assert response.status_code == 302
    acceptance = PolicyAcceptance.objects.get()
    assert (acceptance.user, acceptance.version) == (editor, 1)
    assert acceptance.accepted_at is not None

    practice, _response = submit_practice(client, site_tree_en, "Edited after accepting")
    assert WorkflowState.objects.filter(object_id=str(practice.pk)).exists()


@pytest.mark.django_db
def test_a_new_version_must_be_accepted_again(editor, locales, policy):
    PolicyAcceptance.objects.create(user=editor, version=1)
    assert has_accepted_current_policy(editor)
    EditorialPolicy.objects.create(
        locale=locales["en"], version=2, title="Policy v2", body="<p>New</p>"
    )
    assert current_policy().version == 2
    assert not has_accepted_current_policy(editor)


@pytest.mark.django_db
def test_without_any_policy_nothing_is_held_back(editor):
    assert has_accepted_current_policy(editor)


@pytest.mark.django_db
def test_policy_is_shown_in_the_editors_language(client, editor, locales, policy):
    EditorialPolicy.objects.create(
        locale=locales["es"],
        version=1,
        title="Política editorial",
        body="<p>Sea exacto.</p>",
        translation_key=policy.translation_key,
    )
    UserProfile.get_for_user(editor).__class__.objects.filter(user=editor).update(
        preferred_language="es"
    )
    html = client.get(POLICY_URL).content.decode()
    assert "Política editorial" in html
    assert "Acepto la versión 1 de la política editorial" in html


@pytest.mark.django_db
def test_the_policy_page_is_for_signed_in_editors_only(client, policy):
    response = client.get(POLICY_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
