"""Members come from workspaces.yaml (its ``governance`` section, through the hook of the
core's provisioning) and an organisation admitted by consensus is provisioned as a member."""

import pytest

from egecms.core.models import Agency
from egecms.workspaces.description import DescriptionError, parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from governance.actions import RecordDecision, RecordPosition
from governance.models import Attendance, Membership
from governance.permissions import is_member
from governance.provisioning import provision_admitted

from .world import DESCRIPTION, MEMBERS, new_meeting

pytestmark = pytest.mark.django_db

SECTION = """\
governance:
  pmt:
    members: {idb-pm: IDB, oas-pm: OAS}
"""


def test_the_governance_section_is_checked_with_the_description():
    with pytest.raises(DescriptionError, match="ICA is prospective"):
        parse_description(DESCRIPTION + "governance:\n  pmt:\n    members: {x: ICA}\n")
    with pytest.raises(DescriptionError, match="unknown body 'board'"):
        parse_description(DESCRIPTION + "governance:\n  board: {}\n")
    parsed = parse_description(DESCRIPTION + SECTION).sections["governance"]
    assert parsed == {
        "pmt": {"started": None, "members": [("idb-pm", "IDB", None), ("oas-pm", "OAS", None)]}
    }


def test_provisioning_seats_the_members_listed_and_ends_the_others(governance_world):
    report = ProvisionWorkspaces(parse_description(DESCRIPTION + SECTION)).execute()
    assert "- dg-pm leaves the pmt" in report.changes
    active = Membership.objects.filter(body__kind="pmt", term_end__isnull=True)
    assert sorted(m.user.username for m in active) == ["idb-pm", "oas-pm"]
    again = ProvisionWorkspaces(parse_description(DESCRIPTION + SECTION)).execute()
    assert not [change for change in again.changes if "pmt" in change]


def test_an_organisation_admitted_by_consensus_is_provisioned_as_a_member(
    governance_world, tmp_path, django_capture_on_commit_callbacks
):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 1, 14)
    for acronym in MEMBERS:
        Attendance.objects.create(
            meeting=meeting, membership=governance_world.representatives[acronym], status="present"
        )
    ica = governance_world.agencies["ICA"]
    decision = RecordDecision(
        meeting=meeting, kind="accession", text="ICA", subject_agency=ica
    ).execute()
    with django_capture_on_commit_callbacks() as callbacks:
        for acronym in MEMBERS:
            member = governance_world.representatives[acronym]
            RecordPosition(
                decision=decision, agency=member.agency, stance="agree", user=member.user
            ).execute()
    assert len(callbacks) == 1  # the provisioning task, queued once the admission commits
    decision.refresh_from_db()
    assert decision.passed_at is not None
    path = tmp_path / "workspaces.yaml"
    path.write_text(DESCRIPTION)
    report = provision_admitted(ica, path=path)
    assert Agency.objects.get(pk=ica.pk).status == "member"
    assert any("status: member" in warning for warning in report.warnings)
    assert is_member(governance_world.users["ica-pm"])
    # The file still says "prospective": provisioning it again does not undo the decision.
    again = ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    assert Agency.objects.get(pk=ica.pk).status == "member"
    assert any("ICA" in warning and "status: member" in warning for warning in again.warnings)
