"""The rules of Appendix 1 as plain functions: each test fails if its rule is broken."""

import datetime

import pytest
from django.utils import translation

from governance.rules import (
    RuleBroken,
    Term,
    check_appointment,
    consensus,
    days_in_month,
    evaluation_due,
    has_quorum,
    meetings_short,
    propose_rotation,
    report_due,
)

D = datetime.date
MEMBERS = {"DG", "IDB", "OAS", "UNDESA", "WB"}


def test_a_pmt_meeting_needs_two_thirds_of_its_managers():
    assert not has_quorum(3, 5)
    assert has_quorum(4, 5)
    assert has_quorum(2, 3)
    assert not has_quorum(0, 0)


def test_the_pmt_needs_four_meetings_a_year_and_the_task_force_two():
    assert meetings_short("pmt", 3) == 1
    assert meetings_short("pmt", 4) == 0
    assert meetings_short("task_force", 1) == 1
    assert meetings_short("task_force", 2) == 0


def test_a_consensus_with_one_organisation_against_does_not_pass():
    agreeing = MEMBERS - {"WB"}
    result = consensus(MEMBERS, MEMBERS, agreeing)
    assert not result.passed
    assert result.not_agreeing == {"WB"}
    assert consensus(MEMBERS, MEMBERS, MEMBERS).passed


def test_a_consensus_needs_every_member_organisation_present():
    result = consensus(MEMBERS, MEMBERS - {"OAS"}, MEMBERS - {"OAS"})
    assert not result.passed
    assert result.missing == {"OAS"}


def test_the_report_is_due_fourteen_days_before_the_meeting():
    assert report_due(D(2026, 6, 15)) == D(2026, 6, 1)
    assert report_due(D(2026, 3, 10)) == D(2026, 2, 24)


def test_the_task_force_evaluation_is_due_two_years_after_its_start():
    assert evaluation_due(D(2025, 1, 15)) == D(2027, 1, 15)
    assert evaluation_due(D(2024, 2, 29)) == D(2026, 2, 28)


COORDINATOR = Term("coordinator", "IDB", D(2026, 1, 1), D(2026, 12, 31), person=1)
FIRST_ASSISTANT = Term("assistant", "OAS", D(2026, 1, 1), D(2026, 6, 30))


def _check(new, others=(COORDINATOR,), **kwargs):
    kwargs.setdefault("member_agencies", MEMBERS)
    check_appointment(new, list(others), **kwargs)


def test_an_assistant_from_the_coordinators_organisation_is_refused():
    with pytest.raises(RuleBroken) as refused:
        _check(Term("assistant", "IDB", D(2026, 2, 1), D(2026, 7, 31)))
    assert refused.value.rule == "assistant_other_organisation"
    _check(FIRST_ASSISTANT)  # another organisation: accepted


def test_a_refusal_names_the_rule_in_the_users_language():
    with pytest.raises(RuleBroken) as refused:
        _check(Term("assistant", "IDB", D(2026, 2, 1), D(2026, 7, 31)))
    with translation.override("es"):
        assert "organización" in refused.value.message
    with translation.override("en"):
        assert "different organisation than the coordinator" in refused.value.message


def test_a_second_assistant_overlaps_only_after_three_months_from_yet_another_organisation():
    others = (COORDINATOR, FIRST_ASSISTANT)
    with pytest.raises(RuleBroken) as early:
        _check(Term("assistant", "WB", D(2026, 3, 1), D(2026, 9, 30)), others)
    assert early.value.rule == "overlap_after_three_months"
    with pytest.raises(RuleBroken) as same:
        _check(Term("assistant", "OAS", D(2026, 4, 1), D(2026, 9, 30)), others)
    assert same.value.rule == "second_assistant_other_organisation"
    _check(Term("assistant", "WB", D(2026, 4, 1), D(2026, 9, 30)), others)


def test_no_third_assistant_and_no_second_coordinator_at_once():
    second = Term("assistant", "WB", D(2026, 4, 1), D(2026, 9, 30))
    with pytest.raises(RuleBroken) as third:
        _check(
            Term("assistant", "DG", D(2026, 5, 1), D(2026, 8, 1)),
            (COORDINATOR, FIRST_ASSISTANT, second),
        )
    assert third.value.rule == "two_assistants"
    with pytest.raises(RuleBroken) as two:
        _check(Term("coordinator", "WB", D(2026, 6, 1), D(2026, 9, 1), person=2), pmt_managers={2})
    assert two.value.rule == "one_coordinator"


def test_the_coordinator_is_one_of_the_pmt_managers_of_a_member_organisation():
    with pytest.raises(RuleBroken) as outsider:
        _check(
            Term("coordinator", "WB", D(2027, 1, 1), D(2027, 12, 31), person=9), pmt_managers={2}
        )
    assert outsider.value.rule == "coordinator_from_pmt"
    with pytest.raises(RuleBroken) as prospective:
        _check(Term("assistant", "ICA", D(2026, 2, 1), D(2026, 7, 31)))
    assert prospective.value.rule == "member_organisation"


def test_the_next_rotation_goes_to_who_served_least_recently():
    history = [
        Term("coordinator", "IDB", D(2024, 1, 1), D(2024, 12, 31)),
        Term("coordinator", "OAS", D(2025, 1, 1), D(2025, 12, 31)),
        Term("coordinator", "WB", D(2023, 1, 1), D(2023, 12, 31)),
    ]
    order = propose_rotation("coordinator", ["DG", "IDB", "OAS", "UNDESA", "WB"], history)
    assert order == ["DG", "UNDESA", "WB", "IDB", "OAS"]
    assert propose_rotation("assistant", ["DG", "IDB"], history, busy={"DG"}) == ["IDB"]


def test_days_each_organisation_contributes_in_a_month():
    days = days_in_month([COORDINATOR, FIRST_ASSISTANT], 2026, 3)
    assert days == {"IDB": (3, 5), "OAS": (7, 7)}
    assert days_in_month([COORDINATOR, FIRST_ASSISTANT], 2026, 8) == {"IDB": (3, 5)}
