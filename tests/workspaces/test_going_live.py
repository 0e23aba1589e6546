"""Every route to going live respects the rules, and every publication traces to what allowed it.

A member agency's contribution (OAS in a cluster IDB leads) has a live version and a draft
nobody has reviewed yet. No route — scheduling, reverting, copying, aliasing, moving — lets the
lead agency put that draft live without the review; the editorial board can; private pages
never leave the platform.
"""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from egecms.platform.models import InternalDocumentPage, PlatformPage
from egecms.workspaces.audit import untraced_publications
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.form_data import edit_form_data
from tests.workspaces.helpers import user_in

DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
clusters:
  skills:
    lead: [IDB]
    members: [OAS]
issue_areas:
  skills-area:
    lead: [OAS]
"""
UNREVIEWED = "UNREVIEWED draft"


@pytest.fixture
def world(site_tree_en):
    tree = site_tree_en
    platform = tree.topic.add_child(instance=PlatformPage(title="Platform", slug="platform"))
    platform.add_child(instance=InternalDocumentPage(title="Minutes", slug="minutes"))
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    tree.users = {
        "idb": user_in("IDB editors", "idb"),
        "oas": user_in("OAS editors", "oas"),
        "board": user_in("Editorial board", "board"),
    }
    member = factories.PracticePageFactory(
        parent=tree.pages["cluster"], title="Reviewed version", agencies=[tree.pages["agency_oas"]]
    )
    member.owner = tree.users["oas"]
    member.save()
    draft = member.get_latest_revision_as_object()
    draft.title = UNREVIEWED
    draft.save_revision(user=tree.users["oas"])
    tree.member = Page.objects.get(pk=member.pk).specific
    tree.private = InternalDocumentPage.objects.get()
    return tree


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def schedule(client, page, user, when):
    client.force_login(user)
    data = edit_form_data(page, go_live_at=when.strftime("%Y-%m-%d %H:%M"))
    data["action-publish"] = "action-publish"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.mark.django_db
def test_scheduled_publishing_of_a_member_draft_is_the_boards(client, world):
    later = timezone.now() + datetime.timedelta(days=2)
    schedule(client, world.member, world.users["idb"], later)
    assert not Revision.page_revisions.filter(
        object_id=str(world.member.pk), approved_go_live_at__isnull=False
    ).exists()

    schedule(client, world.member, world.users["board"], later)
    scheduled = Revision.page_revisions.get(
        object_id=str(world.member.pk), approved_go_live_at__isnull=False
    )
    # The lead agency cannot cancel what the board scheduled either.
    client.force_login(world.users["idb"])
    unschedule = reverse(
        "wagtailadmin_pages:revisions_unschedule", args=[world.member.pk, scheduled.pk]
    )
    client.post(unschedule)
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None

    Revision.objects.filter(pk=scheduled.pk).update(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)
    assert live_title(world.member) == UNREVIEWED
    assert not untraced_publications()


@pytest.mark.django_db
def test_reverting_then_publishing_goes_through_the_same_rule(client, world):
    first = world.member.revisions.order_by("created_at").first()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[world.member.pk, first.pk])
    data = edit_form_data(world.member, title=UNREVIEWED)
    data["action-publish"] = "action-publish"
    client.force_login(world.users["idb"])
    client.post(url, data)
    assert live_title(world.member) == "Reviewed version"

    client.force_login(world.users["board"])
    client.post(url, data)
    assert live_title(world.member) == UNREVIEWED


@pytest.mark.django_db
def test_a_copy_published_by_the_lead_carries_only_the_reviewed_version(client, world):
    client.force_login(world.users["idb"])
    url = reverse("wagtailadmin_pages:copy", args=[world.member.pk])
    response = client.post(
        url,
        {
            "new_title": "Copy",
            "new_slug": "copy",
            "new_parent_page": world.pages["cluster"].pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = Page.objects.get(slug="copy")
    assert copy.live
    assert UNREVIEWED not in copy.specific.get_latest_revision_as_object().title
    assert not untraced_publications()


@pytest.mark.django_db
def test_a_member_cannot_publish_by_copying_or_moving(client, world):
    client.force_login(world.users["oas"])
    client.post(
        reverse("wagtailadmin_pages:copy", args=[world.pages["practice"].pk]),
        {
            "new_title": "Copy",
            "new_slug": "member-copy",
            "new_parent_page": world.pages["cluster"].pk,
            "publish_copies": "on",
        },
    )
    assert not Page.objects.filter(slug="member-copy", live=True).exists()
    # Moving a live page out of a cluster where OAS does not publish, into its own issue area.
    practice, area = world.pages["practice"], world.pages["issue_area"]
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[practice.pk, area.pk]))
    assert Page.objects.get(pk=practice.pk).get_parent().pk == world.pages["cluster"].pk


@pytest.mark.django_db
@pytest.mark.parametrize("alias", [False, True])
def test_private_pages_never_leave_the_platform(client, world, alias):
    client.force_login(world.users["idb"])  # IDB edits the platform and its own space
    own_space = world.pages["agency"]
    form = {
        "new_title": "Leaked",
        "new_slug": "leaked",
        "new_parent_page": own_space.pk,
        "publish_copies": "on",
    }
    if alias:
        form["alias"] = "on"
    client.post(reverse("wagtailadmin_pages:copy", args=[world.private.pk]), form)
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[world.private.pk, own_space.pk]))
    assert not Page.objects.filter(slug="leaked").exists()
    assert InternalDocumentPage.objects.get().get_parent().specific_class is PlatformPage


@pytest.mark.django_db
def test_the_platforms_editors_cannot_make_it_public(client, world):
    platform = PlatformPage.objects.get()
    client.force_login(world.users["idb"])
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[platform.pk]), {"restriction_type": "none"}
    )
    assert response.status_code in (302, 403)
    assert platform.get_view_restrictions().exists()


@pytest.mark.django_db
def test_every_publication_traces_to_an_approval_or_a_publisher(client, world):
    # The review: the lead agency approves, then the board; the board's approval publishes.
    member = world.member
    member.get_workflow().start(member, world.users["oas"])
    for user in (world.users["idb"], world.users["board"]):
        state = Page.objects.get(pk=member.pk).specific.current_workflow_task_state
        state.task.specific.on_action(state, user, "approve")
    assert live_title(member) == UNREVIEWED
    # A lead agency publishes its own page; the board publishes anywhere.
    world.pages["practice"].save_revision(user=world.users["idb"]).publish(user=world.users["idb"])
    world.pages["issue_area"].save_revision().publish(user=world.users["board"])
    assert not untraced_publications()
    call_command("audit_publications", verbosity=0)


@pytest.mark.django_db
def test_a_publication_that_bypassed_the_rules_is_reported(world):
    revision = world.member.get_latest_revision()
    revision.publish(user=world.users["oas"], skip_permission_checks=True)  # not from any view
    untraced = untraced_publications()
    assert [trace.entry.page_id for trace in untraced] == [world.member.pk]
    with pytest.raises(CommandError, match="1 publications are not explained"):
        call_command("audit_publications", verbosity=0)


@pytest.mark.django_db
def test_the_audit_log_records_who_scheduled(client, world):
    schedule(
        client, world.member, world.users["board"], timezone.now() + datetime.timedelta(days=1)
    )
    entry = PageLogEntry.objects.filter(page=world.member, action="wagtail.publish.schedule").get()
    assert entry.user == world.users["board"]
