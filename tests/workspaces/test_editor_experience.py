"""What an agency editor meets in the admin: their own space first, and what they may not change."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction
from wagtail.users.models import UserProfile

from egecms.platform.models import PlatformPage
from egecms.workspaces.description import parse_description
from egecms.workspaces.explorer import explorer_start_page
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.form_data import edit_form_data
from tests.workspaces.helpers import user_in
from tests.workspaces.test_joint_sign_off import DESCRIPTION


@pytest.fixture
def provisioned(site_tree):
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    return site_tree


@pytest.mark.django_db
def test_the_explorer_opens_on_the_editors_agency_space_in_their_language(provisioned, client):
    editor = user_in("IDB editors", "idb")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    spanish_space = provisioned.get("agency", "es")
    assert explorer_start_page(editor).pk == spanish_space.pk

    client.force_login(editor)
    sidebar = client.get(reverse("wagtailadmin_home")).content.decode().replace("&quot;", '"')
    # The sidebar's "Pages" item: {"name": "explorer", ..., "url": "/admin/pages/"}, <start id>
    start_id = re.search(r'"name": "explorer".*?"url": "[^"]*"\}, (\d+)\]', sidebar).group(1)
    assert int(start_id) == spanish_space.pk


@pytest.mark.django_db
def test_without_an_agency_space_the_explorer_opens_on_the_only_workspace(provisioned):
    wb_editor = user_in("WB editors", "wb")  # a member of the skills cluster only
    assert explorer_start_page(wb_editor).slug == "skills"


@pytest.mark.django_db
def test_who_leads_a_cluster_is_shown_but_changed_by_nobody_in_the_admin(provisioned, client):
    """workspaces.yaml says who leads: a lead editor and the board see it, read-only."""
    cluster = provisioned.pages["cluster"]
    oas = provisioned.pages["agency_oas"]
    url = reverse("wagtailadmin_pages:edit", args=[cluster.pk])
    leads = cluster.lead_agency_ids()
    assert len(leads) == 2  # IDB and OAS, as the description says

    for group, user in (("IDB editors", "idb"), ("Editorial board", "board")):
        client.force_login(user_in(group, user))
        html = client.get(url).content.decode()
        assert 'name="lead_agencies"' not in html
        assert "IDB" in html and "workspaces.yaml" in html  # shown, read-only
        data = edit_form_data(cluster, lead_agencies=[str(oas.pk)])
        data["action-publish"] = "action-publish"
        client.post(url, data)
        cluster.refresh_from_db()
        assert cluster.lead_agency_ids() == leads


@pytest.mark.django_db
def test_a_new_copy_of_the_platform_is_private_before_provisioning_runs_again(provisioned):
    platform = provisioned.topic.add_child(instance=PlatformPage(title="Platform", slug="platform"))
    assert platform.get_view_restrictions().exists()
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()

    spanish = platform.copy_for_translation(Locale.objects.get(language_code="es"))
    restriction = PageViewRestriction.objects.filter(page=spanish).first()
    assert restriction is not None
    assert set(restriction.groups.values_list("name", flat=True)) >= {
        "Editorial board",
        "IDB editors",
    }
    # Provisioning leaves one restriction per page, however the copy was made.
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    assert PageViewRestriction.objects.filter(page=spanish).count() == 1
