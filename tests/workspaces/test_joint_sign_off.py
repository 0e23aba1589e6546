"""A member agency's contribution needs every lead agency, then the editorial board."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from egecms.workspaces.description import parse_description
from egecms.workspaces.models import LeadAgenciesApprovalTask
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.workspaces.helpers import JOINT_LEADS_DESCRIPTION, user_in

DESCRIPTION = JOINT_LEADS_DESCRIPTION


@pytest.fixture
def jointly_led(site_tree_en):
    # workspaces.yaml (here DESCRIPTION) says who leads the cluster: IDB and OAS.
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    return site_tree_en


def draft_practice(tree, title="A member's practice"):
    practice = factories.PracticePageFactory(parent=tree.pages["cluster"], title=title, live=False)
    practice.save_revision()
    return practice


def act(page, user, action="approve"):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, user, action)
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_member_contribution_needs_both_leads_then_the_board(jointly_led):
    wb_editor = user_in("WB editors", "wb")
    idb_editor = user_in("IDB editors", "idb")
    oas_editor = user_in("OAS program managers", "oas")
    board = user_in("Editorial board", "board")
    practice = draft_practice(jointly_led)
    practice.get_workflow().start(practice, wb_editor)

    practice = act(practice, idb_editor)
    assert not practice.live
    assert isinstance(practice.current_workflow_task, LeadAgenciesApprovalTask)
    # The agency that approved has nothing more to do; the other lead agency has.
    assert (
        not LeadAgenciesApprovalTask.objects.get()
        .get_task_states_user_can_moderate(idb_editor)
        .exists()
    )
    assert (
        LeadAgenciesApprovalTask.objects.get()
        .get_task_states_user_can_moderate(oas_editor)
        .exists()
    )

    practice = act(practice, oas_editor)
    assert not practice.live
    assert practice.current_workflow_task.name == "Editorial board review"

    practice = act(practice, board)
    assert practice.live
    assert practice.workflow_states.get().status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_a_lead_agencys_own_contribution_goes_straight_to_the_board(jointly_led):
    idb_editor = user_in("IDB editors", "idb")
    practice = draft_practice(jointly_led)
    practice.get_workflow().start(practice, idb_editor)
    practice.refresh_from_db()
    assert practice.current_workflow_task.name == "Editorial board review"
    skipped = TaskState.objects.get(task__name="Approval by every lead agency")
    assert skipped.status == TaskState.STATUS_APPROVED


@pytest.mark.django_db
def test_a_member_cannot_approve_and_a_lead_can_request_changes(jointly_led):
    wb_editor = user_in("WB editors", "wb")
    oas_editor = user_in("OAS editors", "oas")
    practice = draft_practice(jointly_led)
    practice.get_workflow().start(practice, wb_editor)
    practice.refresh_from_db()
    task = practice.current_workflow_task.specific
    assert task.get_actions(practice, wb_editor) == []
    assert task.locked_for_user(practice, wb_editor)

    practice = act(practice, oas_editor, "reject")
    assert not practice.live
    assert practice.workflow_states.get().status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.django_db
def test_lead_agency_approves_through_the_admin(jointly_led, client):
    wb_editor = user_in("WB editors", "wb")
    idb_editor = user_in("IDB editors", "idb")
    practice = draft_practice(jointly_led)
    practice.get_workflow().start(practice, wb_editor)
    practice.refresh_from_db()
    state = practice.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(practice.pk, "approve", state.pk))

    client.force_login(wb_editor)
    client.post(url)
    assert not state.specific.approvals.exists()  # a member agency's editor cannot approve

    client.force_login(idb_editor)
    response = client.post(url)
    assert response.status_code in (200, 302)
    assert list(state.specific.approvals.values_list("agency__acronym", flat=True)) == ["IDB"]
    practice.refresh_from_db()
    assert not practice.live


@pytest.mark.django_db
def test_board_review_records_the_answers_to_the_policy_checklist(jointly_led, client, locales):
    from egecms.editorial.models import EditorialPolicy, PolicyAcceptance, PolicyReview

    EditorialPolicy.objects.create(
        locale=locales["en"],
        version=3,
        title="Policy",
        body="<p>Be accurate.</p>",
        checklist=[("item", "Are the facts accurate?"), ("item", "Is it free of personal data?")],
    )
    idb_editor = user_in("IDB editors", "idb")
    PolicyAcceptance.objects.create(user=idb_editor, version=3)
    board = user_in("Editorial board", "board")
    practice = draft_practice(jointly_led)
    practice.get_workflow().start(practice, idb_editor)  # a lead agency: straight to the board
    practice.refresh_from_db()
    state = practice.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(practice.pk, "approve", state.pk))

    client.force_login(board)
    form_html = client.get(url).content.decode()
    assert "Are the facts accurate?" in form_html
    client.post(url, {"check_0": "on", "comment": "Checked"})

    review = PolicyReview.objects.get()
    assert (review.user, review.version) == (board, 3)
    assert review.answers == [
        {"question": "Are the facts accurate?", "answer": True},
        {"question": "Is it free of personal data?", "answer": False},
    ]
    practice.refresh_from_db()
    assert practice.live
