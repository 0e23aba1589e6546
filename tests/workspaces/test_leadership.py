"""One source of truth for who leads a work space: workspaces.yaml.

The agencies asked to sign off a member's contribution (the page's lead agencies) and the
agencies allowed to publish in the work space (Wagtail's page permissions) both come from
the description, in one provisioning run: they cannot diverge, whatever editors do.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from egecms.core.models import Agency, WorkspaceAgency
from egecms.workspaces.description import parse_description
from egecms.workspaces.models import AgencyGroup
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.workspaces.test_joint_sign_off import DESCRIPTION


def provision(text=DESCRIPTION):
    return ProvisionWorkspaces(parse_description(text)).execute()


def publishing_agencies(page):
    """Acronyms of the agencies whose groups may publish ``page`` (Wagtail's permissions)."""
    groups = GroupPagePermission.objects.filter(
        page=page, permission__codename="publish_page"
    ).values("group")
    return set(
        AgencyGroup.objects.filter(group__in=groups).values_list("agency__acronym", flat=True)
    )


def signing_off_agencies(page):
    """Acronyms of the agencies the joint sign-off waits for (the page's lead agencies)."""
    return set(
        Agency.objects.filter(pk__in=page.specific.lead_agency_ids()).values_list(
            "acronym", flat=True
        )
    )


@pytest.mark.django_db
def test_leads_and_publishers_are_what_the_description_says_in_every_language(site_tree):
    provision()
    for key, wanted in (("cluster", {"IDB", "OAS"}), ("issue_area", {"OAS"})):
        space = site_tree.pages[key]
        translations = space.get_translations()
        assert len(translations) == 3
        for page in [space, *translations]:
            assert signing_off_agencies(page) == wanted, page.url_path
            assert publishing_agencies(page) == wanted, page.url_path
    cluster = site_tree.pages["cluster"]
    members = WorkspaceAgency.objects.filter(
        workspace_key=cluster.translation_key, role=WorkspaceAgency.Role.MEMBER
    ).values_list("agency__acronym", flat=True)
    assert list(members) == ["WB"]


@pytest.mark.django_db
def test_a_change_of_leads_in_the_description_moves_sign_off_and_publishing_together(site_tree):
    provision()
    report = provision(DESCRIPTION.replace("lead: [IDB, OAS]\n    members: [WB]", "lead: [WB]"))
    assert "- IDB: lead of 'skills'" in report.changes
    assert "+ WB: lead of 'skills'" in report.changes
    for page in [site_tree.pages["cluster"], *site_tree.pages["cluster"].get_translations()]:
        assert signing_off_agencies(page) == {"WB"}
        assert publishing_agencies(page) == {"WB"}
    assert not provision(
        DESCRIPTION.replace("lead: [IDB, OAS]\n    members: [WB]", "lead: [WB]")
    ).changes, "applying the same description twice changes nothing"


@pytest.mark.django_db
def test_no_draft_revision_or_translation_carries_another_list_of_leads(site_tree):
    provision()
    cluster = site_tree.pages["cluster"]
    revision = cluster.save_revision()
    provision(DESCRIPTION.replace("lead: [IDB, OAS]", "lead: [OAS]"))
    revision.publish()  # a draft saved while IDB still led
    for page in [cluster, *cluster.get_translations()]:
        assert signing_off_agencies(page) == publishing_agencies(page) == {"OAS"}


@pytest.mark.django_db
def test_a_work_space_the_description_leaves_out_is_led_by_nobody(site_tree):
    provision()
    report = provision(DESCRIPTION.split("issue_areas:")[0])
    area = site_tree.pages["issue_area"]
    assert signing_off_agencies(area) == publishing_agencies(area) == set()
    assert any("'skills-area' is not in workspaces.yaml" in line for line in report.warnings)
    assert Group.objects.filter(name="OAS editors").exists()


@pytest.mark.django_db
def test_the_public_page_names_its_leads_and_members(site_tree, client):
    provision()
    html = client.get(site_tree.pages["cluster"].url).content.decode()
    leads, members = html.split("</dl>")[0].split("Member agencies")
    assert "Lead agencies" in leads
    assert "Inter-American Development Bank" in leads and "Organization of American States" in leads
    assert "World Bank" in members and "Inter-American" not in members
