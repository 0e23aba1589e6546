"""The demo's Task Force and PMT, walked through as a member would (the shared demo world)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from egecms.core.models import Agency
from governance.actions import quorum_of
from governance.models import Appointment, Body, Decision, Meeting
from governance.reports import overdue

pytestmark = pytest.mark.django_db


def test_the_demo_walks_through_a_meeting_a_report_and_an_approval(client, demo):
    pmt = Body.objects.get(kind="pmt")
    quorums = [
        quorum_of(m) for m in Meeting.objects.filter(body=pmt, attendances__isnull=False).distinct()
    ]
    assert len(quorums) == 4 and sum(not q.reached for q in quorums) == 1
    assert Appointment.objects.filter(role="coordinator").count() == 2
    assert Agency.objects.get(acronym="ICA", locale__language_code="en").status == "prospective"
    accession = Decision.objects.get(kind="accession")
    approval = Decision.objects.get(kind="action_plan", passed_at__isnull=False)
    assert accession.passed_at is None and accession.positions.count() == 3
    assert [m.body.kind for m in overdue()] == ["task_force"]  # the next Task Force meeting's

    client.force_login(get_user_model().objects.get(username="pm-wb"))
    overview = client.get(reverse("governance:index"))
    assert "Implementation report" in overview.text and "No quorum" in overview.text
    meeting = client.get(reverse("governance:meeting", args=[accession.meeting_id]))
    assert "Consensus not reached yet" in meeting.text
    report = client.get(reverse("governance:meeting", args=[approval.meeting_id]))
    assert "Submitted on" in report.text
    plan = client.get(reverse("governance:plan", args=[approval.action_plan_id]))
    assert "Approved by the Task Force by consensus" in plan.text
    with translation.override("es"):
        client.cookies.load({"django_language": "es"})
        spanish = client.get(reverse("governance:meeting", args=[accession.meeting_id]))
    assert "Adhesión del Instituto" in spanish.text  # the agenda in the reader's language


def test_the_demos_public_page_shows_the_approval_and_the_plan_in_four_languages(client, demo):
    titles = {
        "en": "EgE Inter-Agency action plan",
        "es": "Plan de acción interinstitucional EgE",
        "pt": "Plano de ação interinstitucional EgE",
        "fr": "Plan d'action interinstitutionnel EgE",
    }
    for language, title in titles.items():
        with translation.override(language):
            url = reverse("governance_public:published")
        page = client.get(url)
        assert page.status_code == 200, language
        assert escape(title) in page.text, language
    assert "aprueba el plan de acción por consenso" in client.get("/es/governance/").text
    assert "The Task Force met in Washington" in client.get("/en/governance/").text
