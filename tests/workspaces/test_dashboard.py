"""An agency editor's dashboard: their workspaces, their drafts, what waits for their approval."""

import pytest

from egecms.core.models import set_workspace_agencies
from egecms.workspaces.dashboard import my_workspaces
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.workspaces.helpers import user_in
from tests.workspaces.test_joint_sign_off import DESCRIPTION


@pytest.fixture
def provisioned(site_tree_en):
    cluster = site_tree_en.pages["cluster"]
    set_workspace_agencies(
        cluster, leads=[site_tree_en.pages["agency_idb"], site_tree_en.pages["agency_oas"]]
    )
    cluster.save_revision().publish()
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    return site_tree_en


@pytest.mark.django_db
def test_my_workspaces_lists_spaces_with_the_users_role_and_drafts(provisioned):
    wb_editor = user_in("WB editors", "wb")
    draft = factories.PracticePageFactory(
        parent=provisioned.pages["cluster"], title="WB draft", live=False
    )
    draft.save_revision()
    entries = {entry.page.slug: entry for entry in my_workspaces(wb_editor, "en")}
    assert set(entries) == {"skills"}
    assert not entries["skills"].can_publish
    assert [page.title for page in entries["skills"].drafts] == ["WB draft"]

    idb_editor = user_in("IDB editors", "idb")
    entries = {entry.page.slug: entry for entry in my_workspaces(idb_editor, "en")}
    assert {"skills", "idb"} <= set(entries)
    assert entries["skills"].can_publish


@pytest.mark.django_db
def test_dashboard_shows_workspaces_and_what_awaits_the_lead_agency(provisioned, client):
    wb_editor = user_in("WB editors", "wb")
    idb_editor = user_in("IDB editors", "idb")
    practice = factories.PracticePageFactory(
        parent=provisioned.pages["cluster"], title="Waiting for IDB", live=False
    )
    practice.save_revision()
    practice.get_workflow().start(practice, wb_editor)

    client.force_login(idb_editor)
    html = client.get("/admin/").content.decode()
    assert "My workspaces" in html
    assert "Lead: you publish here" in html
    assert "Waiting for IDB" in html  # in Wagtail's "Awaiting your review" panel

    client.force_login(user_in("OAS editors", "oas-2"))
    assert "Waiting for IDB" in client.get("/admin/").content.decode()  # the other lead agency too


@pytest.mark.django_db
def test_no_panel_for_users_without_workspaces(client, provisioned):
    client.force_login(user_in("Translators (es)", "tr"))
    assert "My workspaces" not in client.get("/admin/").content.decode()
