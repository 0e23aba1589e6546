"""The public page of what the bodies chose to publish: nothing else ever shows, the texts
come in the reader's language, the page cache never serves it stale, its queries are bounded."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from egecms.pagecache.middleware import STATUS_HEADER
from governance.models import ActionPlan, Activity, Attendance, Decision, Position
from governance.public_cache import public_page_addresses
from governance.publication import Publish
from governance.rules import RuleBroken

from .world import MEMBERS, new_meeting

pytestmark = pytest.mark.django_db

MINUTES = "MINUTES-private-k2"
AGENDA = "AGENDA-private-k2"
SECRET_DECISION = "UNPUBLISHED-decision-k2"


def public_url(language="en"):
    with translation.override(language):
        return reverse("governance_public:published")


def _records(world):
    """A Task Force meeting with everyone present, its agenda and minutes, a public summary,
    a decision that passed, one still open with stances, and the approved plan."""
    meeting = new_meeting(
        world.task_force,
        2026,
        3,
        10,
        15,
        place="Lima",
        agenda=AGENDA,
        minutes=MINUTES,
        public_summary="The Task Force met in Lima.",
        translations={
            "es": {"public_summary": "El Grupo de Trabajo se reunió en Lima."},
            "fr": {"public_summary": "Le Groupe de travail s'est réuni à Lima."},
        },
    )
    for member in world.representatives.values():
        Attendance.objects.create(meeting=meeting, membership=member, status="present")
    plan = ActionPlan.objects.create(
        year=2026,
        title="Action plan 2026",
        translations={
            "es": {"title": "Plan de acción 2026"},
            "fr": {"title": "Plan d'action 2026"},
        },
    )
    activity = Activity.objects.create(
        plan=plan,
        number="3.1",
        title="Consultative meeting",
        first_quarter=2,
        last_quarter=3,
        translations={
            "es": {"title": "Reunión consultiva"},
            "fr": {"title": "Réunion consultative"},
        },
    )
    activity.agencies.set([world.agencies["WB"]])
    approval = Decision.objects.create(
        meeting=meeting,
        kind="action_plan",
        text="The Task Force approves the plan.",
        translations={
            "es": {"text": "El Grupo de Trabajo aprueba el plan."},
            "fr": {"text": "Le Groupe de travail approuve le plan."},
        },
        action_plan=plan,
        passed_at=meeting.starts_at,
    )
    for acronym in MEMBERS:
        Position.objects.create(decision=approval, agency=world.agencies[acronym], stance="agree")
    open_decision = Decision.objects.create(
        meeting=meeting,
        kind="accession",
        text=SECRET_DECISION,
        subject_agency=world.agencies["ICA"],
    )
    Position.objects.create(decision=open_decision, agency=world.agencies["OAS"], stance="object")
    return meeting, approval, open_decision, plan


def _publish_all(meeting, approval, plan):
    Publish(item="decision", record=approval, public=True).execute()
    Publish(item="summary", record=meeting, public=True).execute()
    Publish(item="plan", record=plan, public=True).execute()


def test_nothing_unpublished_shows_and_what_the_board_publishes_does(client, governance_world):
    meeting, approval, open_decision, plan = _records(governance_world)
    page = client.get(public_url())
    assert page.status_code == 200
    for private in ("The Task Force met in Lima", "approves the plan", "Consultative meeting"):
        assert private not in page.text
    assert "No decision published yet." in page.text

    board = governance_world.users["board"]
    client.force_login(board)
    for item, pk in (("decision", approval.pk), ("summary", meeting.pk), ("plan", plan.pk)):
        client.post(reverse("governance:publication", args=[item, pk]), {"public": "1"})
    client.logout()

    page = client.get(public_url())
    assert "The Task Force approves the plan." in page.text
    assert "DG: Agrees; IDB: Agrees; OAS: Agrees" in page.text  # the published decision's stances
    assert "The Task Force met in Lima." in page.text
    assert "Consultative meeting" in page.text and "WB" in page.text
    # Never: attendance, agenda, minutes, a decision not published, its positions, links inward.
    for private in (AGENDA, MINUTES, SECRET_DECISION, "Objects", "Present", "dg-tf", "/admin/"):
        assert private not in page.text, private


def test_a_member_who_does_not_manage_cannot_publish_and_an_open_decision_cannot_be(
    client, governance_world
):
    meeting, approval, open_decision, plan = _records(governance_world)
    client.force_login(governance_world.users["oas-tf"])
    response = client.post(
        reverse("governance:publication", args=["decision", approval.pk]), {"public": "1"}
    )
    assert response.status_code in (302, 403)
    approval.refresh_from_db()
    assert approval.published_at is None
    with pytest.raises(RuleBroken, match="Only a decision that has passed"):
        Publish(item="decision", record=open_decision, public=True).execute()
    plan.decisions.update(passed_at=None)
    with pytest.raises(RuleBroken, match="Only an action plan the Task Force approved"):
        Publish(item="plan", record=plan, public=True).execute()
    meeting.public_summary = ""
    with pytest.raises(RuleBroken, match="public summary"):
        Publish(item="summary", record=meeting, public=True).execute()


def test_the_public_page_is_in_the_readers_language(client, governance_world):
    meeting, approval, _open, plan = _records(governance_world)
    _publish_all(meeting, approval, plan)
    spanish = client.get(public_url("es")).text
    assert "El Grupo de Trabajo aprueba el plan." in spanish
    assert "El Grupo de Trabajo se reunió en Lima." in spanish
    assert "Plan de acción 2026" in spanish and "Reunión consultiva" in spanish
    assert "Aprobación del plan de acción" in spanish  # the kind, from the catalogue
    french = client.get(public_url("fr")).text
    assert "Le Groupe de travail approuve le plan." in french
    assert "Réunion consultative" in french
    portuguese = client.get(public_url("pt")).text  # no Portuguese text kept: the original
    assert "The Task Force approves the plan." in portuguese


def test_the_cached_public_page_changes_when_an_item_is_published_or_taken_off(
    client, governance_world, settings, django_capture_on_commit_callbacks
):
    settings.EGECMS = {**settings.EGECMS, "PAGE_CACHE_SECONDS": 600}
    meeting, approval, _open, plan = _records(governance_world)
    assert client.get(public_url("es"))[STATUS_HEADER] == "miss"
    kept = client.get(public_url("es"))
    assert kept[STATUS_HEADER] == "hit"
    assert "aprueba el plan" not in kept.text

    with django_capture_on_commit_callbacks(execute=True):
        Publish(item="decision", record=approval, public=True).execute()
    fresh = client.get(public_url("es"))
    assert fresh[STATUS_HEADER] == "miss"
    assert "El Grupo de Trabajo aprueba el plan." in fresh.text
    assert client.get(public_url("es"))[STATUS_HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):  # a published text corrected
        approval.translations["es"]["text"] = "El Grupo de Trabajo aprueba el plan anual."
        approval.save()
    assert "aprueba el plan anual." in client.get(public_url("es")).text

    with django_capture_on_commit_callbacks(execute=True):
        Publish(item="decision", record=approval, public=False).execute()
    assert "aprueba el plan" not in client.get(public_url("es")).text


def test_the_public_page_reads_as_many_queries_with_many_items(client, governance_world):
    meeting, approval, _open, plan = _records(governance_world)
    _publish_all(meeting, approval, plan)
    now = timezone.now()

    def page_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(public_url("fr")).status_code == 200
        return len(queries)

    page_queries()
    few = page_queries()
    for day in range(1, 25):
        other = new_meeting(
            governance_world.task_force, 2025, 1, day, 10, public_summary=f"Summary {day}"
        )
        other.summary_published_at = now
        other.save()
        decision = Decision.objects.create(
            meeting=other, text=f"Decision {day}", passed_at=now, published_at=now
        )
        Position.objects.bulk_create(
            Position(decision=decision, agency=governance_world.agencies[acronym], stance="agree")
            for acronym in MEMBERS
        )
        activity = Activity.objects.create(
            plan=plan, number=f"9.{day}", title=f"Activity {day}", first_quarter=1, last_quarter=4
        )
        activity.agencies.set([governance_world.agencies["IDB"], governance_world.agencies["OAS"]])
    many = page_queries()
    assert many == few
    assert "Decision 24" in client.get(public_url("fr")).text


def test_editing_an_unpublished_record_leaves_the_page_cache_alone(
    governance_world, django_capture_on_commit_callbacks
):
    meeting, approval, _open, plan = _records(governance_world)
    with django_capture_on_commit_callbacks() as callbacks:
        meeting.minutes = "Changed"
        meeting.save()
        Activity.objects.filter(plan=plan).first().save()
    assert callbacks == []
    plan.published_at = timezone.now() - datetime.timedelta(days=1)
    plan.save()
    with django_capture_on_commit_callbacks() as callbacks:
        Activity.objects.filter(plan=plan).first().save()
    assert len(callbacks) == 1


def test_the_members_meeting_page_offers_publishing_to_managers_only(client, governance_world):
    meeting, approval, _open, _plan = _records(governance_world)
    url = reverse("governance:meeting", args=[meeting.pk])
    publish = reverse("governance:publication", args=["decision", approval.pk])
    client.force_login(governance_world.users["board"])
    assert publish in client.get(url).text
    client.force_login(governance_world.users["oas-tf"])
    member_view = client.get(url).text
    assert publish not in member_view and "Members only." in member_view
    profile = UserProfile.get_for_user(governance_world.users["board"])
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(governance_world.users["board"])
    response = client.post(
        reverse("governance:publication", args=["summary", meeting.pk]),
        {"public": "1"},
        follow=True,
    )
    assert "Publié sur la page publique." in response.text


def test_the_sitemap_lists_the_public_page_in_four_languages_once_it_shows_something(
    client, governance_world, django_capture_on_commit_callbacks
):
    meeting, approval, _open, plan = _records(governance_world)
    assert "/governance/" not in client.get("/sitemap.xml").text
    with django_capture_on_commit_callbacks(execute=True):
        Publish(item="decision", record=approval, public=True).execute()
    sitemap = client.get("/sitemap.xml").text
    for language in ("en", "es", "pt", "fr"):
        assert f"/{language}/governance/</loc>" in sitemap, language
    assert 'hreflang="fr"' in sitemap


def test_a_cdn_is_told_the_public_pages_addresses_and_the_sitemap(governance_world):
    addresses = public_page_addresses()
    for language in ("en", "es", "pt", "fr"):
        assert any(address.endswith(f"/{language}/governance/") for address in addresses)
    assert any(address.endswith("/sitemap.xml") for address in addresses)


def test_every_public_page_links_the_public_page_from_its_footer_once_it_shows_something(
    client, governance_world, django_capture_on_commit_callbacks
):
    meeting, approval, _open, plan = _records(governance_world)
    footer_link = f'<a href="{public_url("fr")}">Publications du Groupe de travail et de l'
    assert footer_link not in client.get(public_url("fr")).text
    with django_capture_on_commit_callbacks(execute=True):
        Publish(item="decision", record=approval, public=True).execute()
    assert footer_link in client.get(public_url("fr")).text
    with django_capture_on_commit_callbacks(execute=True):
        Publish(item="decision", record=approval, public=False).execute()
    assert footer_link not in client.get(public_url("fr")).text
