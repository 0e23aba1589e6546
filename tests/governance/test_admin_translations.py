"""The texts of meetings, decisions, action plans and activities in the other languages,
edited in the admin (a tab per language) and shown to readers of that language."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from governance.models import ActionPlan, Activity, Decision

from .world import new_meeting

pytestmark = pytest.mark.django_db


def _speaking(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def _meeting_form(meeting, **translations):
    return {
        "body": meeting.body_id,
        "starts_at": timezone.localtime(meeting.starts_at).strftime("%Y-%m-%d %H:%M"),
        "mode": meeting.mode,
        "place": meeting.place,
        "agenda": meeting.agenda,
        "minutes": meeting.minutes,
        "public_summary": meeting.public_summary,
        **translations,
    }


def test_the_meeting_form_has_a_tab_per_language_with_the_kept_translations(
    client, governance_world
):
    meeting = new_meeting(
        governance_world.pmt,
        2026,
        3,
        10,
        15,
        agenda="Budget",
        translations={"pt": {"agenda": "Orçamento"}},
    )
    client.force_login(governance_world.users["board"])
    form = client.get(reverse("governance_meetings:edit", args=[meeting.pk])).text
    for tab in ("Español", "Português", "Français"):
        assert tab in form
    assert 'name="translation_es_agenda"' in form and 'name="translation_en_agenda"' not in form
    assert "Orçamento" in form


def test_a_translation_saved_in_the_admin_shows_to_members_of_that_language_only(
    client, governance_world
):
    meeting = new_meeting(
        governance_world.pmt,
        2026,
        3,
        10,
        15,
        agenda="Budget",
        translations={"pt": {"agenda": "Orçamento"}},
    )
    board = governance_world.users["board"]
    client.force_login(board)
    response = client.post(
        reverse("governance_meetings:edit", args=[meeting.pk]),
        _meeting_form(
            meeting,
            translation_es_agenda="Presupuesto",
            translation_fr_agenda="  ",
            translation_pt_agenda="",  # emptied: the Portuguese text is dropped
            translation_fr_place="Lima (Pérou)",
        ),
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.translations == {
        "es": {"agenda": "Presupuesto"},
        "fr": {"place": "Lima (Pérou)"},
    }
    url = reverse("governance:meeting", args=[meeting.pk])
    member = governance_world.users["oas-pm"]
    assert "Presupuesto" in _speaking(client, member, "es").get(url).text
    french = _speaking(client, member, "fr").get(url).text
    assert "Budget" in french and "Presupuesto" not in french  # empty: the original


def test_a_decisions_translation_from_the_admin_is_on_the_public_page(client, governance_world):
    meeting = new_meeting(governance_world.task_force, 2026, 3, 10, 15)
    now = timezone.now()
    decision = Decision.objects.create(
        meeting=meeting, text="Meet in Lima", passed_at=now, published_at=now
    )
    client.force_login(governance_world.users["board"])
    response = client.post(
        reverse("governance_decisions:edit", args=[decision.pk]),
        {"text": "Meet in Lima", "translation_fr_text": "Se réunir à Lima"},
    )
    assert response.status_code == 302
    client.logout()
    with translation.override("fr"):
        assert "Se réunir à Lima" in client.get(reverse("governance_public:published")).text
    with translation.override("es"):
        assert "Meet in Lima" in client.get(reverse("governance_public:published")).text


def test_a_decision_is_not_added_in_the_admin(client, governance_world):
    client.force_login(governance_world.users["board"])
    response = client.post(reverse("governance_decisions:add"), {"text": "Added"})
    assert response.status_code in (302, 403)
    assert not Decision.objects.filter(text="Added").exists()


def test_plan_and_activity_translations_show_on_the_plan_in_that_language(client, governance_world):
    plan = ActionPlan.objects.create(year=2026, title="Plan 2026")
    activity = Activity.objects.create(
        plan=plan,
        number="1.2",
        title="Platform",
        strategic_area="Operations",
        first_quarter=1,
        last_quarter=4,
    )
    board = governance_world.users["board"]
    client.force_login(board)
    client.post(
        reverse("governance_plans:edit", args=[plan.pk]),
        {"year": 2026, "title": "Plan 2026", "translation_pt_title": "Plano 2026"},
    )
    client.post(
        reverse("governance_activities:edit", args=[activity.pk]),
        {
            "plan": plan.pk,
            "number": "1.2",
            "title": "Platform",
            "strategic_area": "Operations",
            "expected_outcomes": "",
            "first_quarter": 1,
            "last_quarter": 4,
            "agencies": [governance_world.agencies["DG"].pk],
            "status": "planned",
            "progress": 0,
            "translation_pt_title": "Plataforma",
            "translation_pt_strategic_area": "Operações",
        },
    )
    page = _speaking(client, board, "pt").get(reverse("governance:plan", args=[plan.pk])).text
    assert "Plano 2026" in page and "Plataforma" in page and "Operações" in page
    english = _speaking(client, board, "en").get(reverse("governance:plan", args=[plan.pk])).text
    assert "Plataforma" not in english and "Platform" in english
