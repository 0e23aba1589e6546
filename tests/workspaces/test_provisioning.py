"""Applying the description: groups, permissions in every locale, idempotent, all or nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.workspaces.helpers import user_in

DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  WB: {name: World Bank}
clusters:
  skills:
    lead: [IDB]
    members: [OAS]
issue_areas:
  skills-area:
    lead: [OAS]
"""


def provision(text=DESCRIPTION):
    return ProvisionWorkspaces(parse_description(text)).execute()


def can(user, page):
    return page.permissions_for_user(user)


@pytest.mark.django_db
def test_provisioning_twice_changes_nothing_the_second_time(site_tree):
    first = provision()
    assert first.changed
    assert "+ group IDB editors" in first.changes
    second = provision()
    assert second.changes == []


@pytest.mark.django_db
def test_lead_agency_publishes_and_member_only_edits_in_every_locale(site_tree):
    provision()
    idb_editor = user_in("IDB editors", "idb")
    oas_editor = user_in("OAS editors", "oas")
    wb_editor = user_in("WB editors", "wb")
    for language in ("en", "es", "pt", "fr"):
        practice = site_tree.get("practice", language)  # lives in the "skills" cluster
        assert can(idb_editor, practice).can_publish(), language
        assert can(oas_editor, practice).can_edit(), language
        assert not can(oas_editor, practice).can_publish(), language
        assert not can(wb_editor, practice).can_edit(), language


@pytest.mark.django_db
def test_agency_space_belongs_to_its_agency(site_tree):
    provision()
    idb_editor = user_in("IDB program managers", "idb-pm")
    oas_editor = user_in("OAS editors", "oas")
    service = site_tree.get("service", "fr")  # in the IDB agency space
    assert can(idb_editor, service).can_publish()
    assert not can(oas_editor, service).can_edit()


@pytest.mark.django_db
def test_translators_change_pages_of_their_locale_only(site_tree):
    provision()
    translator = user_in("Translators (pt)", "tr-pt")
    assert can(translator, site_tree.get("practice", "pt")).can_edit()
    assert not can(translator, site_tree.get("practice", "pt")).can_publish()
    assert not can(translator, site_tree.get("practice", "es")).can_edit()


@pytest.mark.django_db
def test_editorial_board_publishes_anywhere(site_tree):
    provision()
    board = user_in("Editorial board", "board")
    for name in ("practice", "service", "event", "cluster"):
        assert can(board, site_tree.get(name, "es")).can_publish(), name


@pytest.mark.django_db
def test_each_agency_gets_a_media_collection(site_tree):
    provision()
    assert GroupCollectionPermission.objects.filter(
        group__name="IDB editors", collection__name="IDB", permission__codename="add_document"
    ).exists()


@pytest.mark.django_db
def test_an_agency_joining_by_consensus_is_one_entry(site_tree):
    provision()
    joined = DESCRIPTION.replace(
        "  WB: {name: World Bank}\n",
        "  WB: {name: World Bank}\n  ECLAC: {name: Economic Commission for Latin America and the Caribbean}\n",
    )
    report = provision(joined)
    assert "+ agency ECLAC (member)" in report.changes
    assert Group.objects.filter(name__in=["ECLAC editors", "ECLAC program managers"]).count() == 2


@pytest.mark.django_db
def test_a_membership_removed_from_the_file_is_revoked(site_tree):
    provision()
    report = provision(DESCRIPTION.replace("    members: [OAS]\n", ""))
    assert any(line.startswith("- OAS editors: change_page") for line in report.changes)
    oas_editor = user_in("OAS editors", "oas")
    assert not can(oas_editor, site_tree.get("practice")).can_edit()


@pytest.mark.django_db
def test_a_wrong_file_changes_nothing_and_names_the_line(site_tree, tmp_path):
    provision()
    permissions_before = GroupPagePermission.objects.count()
    wrong = tmp_path / "workspaces.yaml"
    wrong.write_text(DESCRIPTION.replace("    members: [OAS]", "    members: [OAS, UNDP]"))
    with pytest.raises(CommandError, match=r"workspaces.yaml, line 9: .*unknown agency 'UNDP'"):
        call_command("provision_workspaces", str(wrong))
    assert GroupPagePermission.objects.count() == permissions_before


@pytest.mark.django_db
def test_command_reports_changes_then_nothing(site_tree, tmp_path):
    path = tmp_path / "workspaces.yaml"
    path.write_text(DESCRIPTION)
    out = io.StringIO()
    call_command("provision_workspaces", str(path), stdout=out)
    assert "+ IDB editors: publish_page on /e-government/clusters/skills/" in out.getvalue()
    out = io.StringIO()
    call_command("provision_workspaces", str(path), stdout=out)
    assert "Nothing to change" in out.getvalue()


@pytest.mark.django_db
def test_a_workspace_without_page_is_reported_not_fatal(site_tree):
    report = provision(DESCRIPTION.replace("  skills-area:", "  not-built-yet:"))
    assert any("not-built-yet" in warning for warning in report.warnings)
