"""The rules applied to what is recorded: quorum from attendance, decisions, accession,
appointments (on the governance world, built once)."""

import datetime

import pytest

from egecms.core.models import Agency
from governance.actions import (
    Appoint,
    RecordAttendance,
    RecordDecision,
    RecordPosition,
    quorum_of,
    yearly_shortfalls,
)
from governance.models import Appointment, Attendance, Decision, Meeting
from governance.overview import shortfalls
from governance.rules import RuleBroken

from .world import MEMBERS, new_meeting

pytestmark = pytest.mark.django_db


def _attend(meeting, memberships, status=Attendance.Status.PRESENT):
    for membership in memberships:
        RecordAttendance(
            meeting=meeting, membership=membership, status=status, user=membership.user
        ).execute()


def _pmt_meeting(world, taking_part, day=(2026, 3, 10, 15)):
    meeting = new_meeting(world.pmt, *day, mode=Meeting.Mode.CALL)
    managers = [world.managers[acronym] for acronym in MEMBERS]
    _attend(meeting, managers[:taking_part][:1], Attendance.Status.BY_CALL)
    _attend(meeting, managers[1:taking_part])
    _attend(meeting, managers[taking_part:], Attendance.Status.EXCUSED)
    return meeting


def test_a_pmt_meeting_with_three_of_five_managers_has_no_quorum_and_refuses_decisions(
    governance_world,
):
    meeting = _pmt_meeting(governance_world, 3)
    quorum = quorum_of(meeting)
    assert (quorum.taking_part, quorum.expected, quorum.reached) == (3, 5, False)
    with pytest.raises(RuleBroken) as refused:
        RecordDecision(meeting=meeting, kind=Decision.Kind.ORDINARY, text="Budget").execute()
    assert refused.value.rule == "quorum"
    assert not Decision.objects.exists()


def test_a_pmt_meeting_with_four_of_five_managers_by_call_or_present_takes_decisions(
    governance_world,
):
    meeting = _pmt_meeting(governance_world, 4)
    assert quorum_of(meeting).reached
    decision = RecordDecision(meeting=meeting, kind=Decision.Kind.ORDINARY, text="Go").execute()
    assert decision.passed_at is not None


def test_a_pmt_year_with_a_meeting_without_quorum_is_short_of_meetings(governance_world):
    for month in (2, 5, 8):
        _pmt_meeting(governance_world, 5, day=(2026, month, 10, 15))
    _pmt_meeting(governance_world, 3, day=(2026, 11, 10, 15))
    new_meeting(governance_world.task_force, 2026, 6, 1, 14)
    new_meeting(governance_world.task_force, 2026, 12, 1, 14)
    short = {body.kind: (held, missing) for body, held, missing in yearly_shortfalls(2026)}
    assert short == {"pmt": (3, 1)}
    assert shortfalls(2026) == yearly_shortfalls(2026)  # the overview's, in fewer queries
    _pmt_meeting(governance_world, 4, day=(2026, 12, 10, 15))
    assert yearly_shortfalls(2026) == [] == shortfalls(2026)


def _accession(world, attending=MEMBERS):
    meeting = new_meeting(world.task_force, 2026, 6, 1, 14)
    _attend(meeting, [world.representatives[acronym] for acronym in attending])
    return RecordDecision(
        meeting=meeting,
        kind=Decision.Kind.ACCESSION,
        text="ICA joins",
        subject_agency=world.agencies["ICA"],
    ).execute()


def _stand(world, decision, acronym, stance="agree"):
    member = world.representatives[acronym]
    return RecordPosition(
        decision=decision, agency=member.agency, stance=stance, user=member.user
    ).execute()


def test_an_accession_with_one_organisation_against_does_not_pass(governance_world):
    decision = _accession(governance_world)
    for acronym in MEMBERS[:-1]:
        _stand(governance_world, decision, acronym)
    result = _stand(governance_world, decision, MEMBERS[-1], "object")
    decision.refresh_from_db()
    assert not result.passed and decision.passed_at is None
    assert Agency.objects.get(pk=governance_world.agencies["ICA"].pk).status == "prospective"


def test_an_accession_every_member_agrees_to_makes_the_organisation_a_member(governance_world):
    decision = _accession(governance_world)
    for acronym in MEMBERS:
        result = _stand(governance_world, decision, acronym)
    assert result.passed
    ica = governance_world.agencies["ICA"]
    assert set(
        Agency.objects.filter(translation_key=ica.translation_key).values_list("status", flat=True)
    ) == {"member"}
    with pytest.raises(RuleBroken) as closed:
        _stand(governance_world, decision, "WB", "object")
    assert closed.value.rule == "decision_closed"


def test_a_consensus_needs_every_member_organisation_at_the_meeting(governance_world):
    decision = _accession(governance_world, attending=MEMBERS[:-1])
    for acronym in MEMBERS:
        result = _stand(governance_world, decision, acronym)
    assert not result.passed
    assert result.missing == {governance_world.agencies[MEMBERS[-1]].pk}


def test_a_member_records_only_their_own_organisations_position(governance_world):
    decision = _accession(governance_world)
    oas = governance_world.representatives["OAS"]
    with pytest.raises(RuleBroken) as refused:
        RecordPosition(
            decision=decision,
            agency=governance_world.agencies["WB"],
            stance="object",
            user=oas.user,
        ).execute()
    assert refused.value.rule == "position_by_member"


def test_only_a_prospective_organisation_joins_by_accession(governance_world):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 1, 14)
    with pytest.raises(RuleBroken) as refused:
        RecordDecision(
            meeting=meeting,
            kind=Decision.Kind.ACCESSION,
            text="?",
            subject_agency=governance_world.agencies["WB"],
        ).execute()
    assert refused.value.rule == "accession_prospective"


def test_an_appointment_breaking_the_rotation_is_refused_and_not_saved(governance_world):
    idb = governance_world.managers["IDB"]
    Appoint(
        Appointment(
            role="coordinator",
            user=idb.user,
            agency=idb.agency,
            start=datetime.date(2026, 1, 1),
            end=datetime.date(2026, 12, 31),
        )
    ).execute()
    same_org = Appointment(
        role="assistant",
        user=governance_world.users["idb-tf"],
        agency=idb.agency,
        start=datetime.date(2026, 2, 1),
        end=datetime.date(2026, 7, 31),
    )
    with pytest.raises(RuleBroken) as refused:
        Appoint(same_org).execute()
    assert refused.value.rule == "assistant_other_organisation"
    assert Appointment.objects.count() == 1
    outsider = Appointment(
        role="coordinator",
        user=governance_world.users["wb-tf"],
        agency=governance_world.agencies["WB"],
        start=datetime.date(2027, 1, 1),
        end=datetime.date(2027, 12, 31),
    )
    with pytest.raises(RuleBroken) as not_manager:
        Appoint(outsider).execute()
    assert not_manager.value.rule == "coordinator_from_pmt"
