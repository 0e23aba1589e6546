"""The rules of the Task Force and the PMT (action plan, section 5 and Appendix 1), as plain
functions of plain values: no database, no HTTP. The actions (:mod:`.actions`) gather the
values and raise :class:`RuleBroken` with the rule's name in the user's language."""

import calendar
import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

#: Meetings a body must hold in a year (Appendix 1: the PMT four, the Task Force two).
MEETINGS_PER_YEAR = {"pmt": 4, "task_force": 2}
#: Days before a Task Force meeting its implementation report is due (Appendix 1).
REPORT_DAYS_BEFORE = 14
#: The Task Force's term, in years, after which its evaluation is due (section 6).
TERM_YEARS = 2
#: Months an assistant serves before a second one, from another organisation, overlaps.
OVERLAP_AFTER_MONTHS = 3
#: Days a month each role contributes (Appendix 1): the coordinator 3 to 5, an assistant ~7.
DAYS_PER_MONTH = {"coordinator": (3, 5), "assistant": (7, 7)}

RULE_NAMES = {
    "quorum": _("A PMT meeting needs at least two thirds of the PMT's managers taking part."),
    "consensus": _("A consensus decision needs every member organisation present and agreeing."),
    "period": _("An appointment ends after it starts."),
    "member_organisation": _("Only a member organisation contributes a coordinator or assistant."),
    "coordinator_from_pmt": _("The coordinator is elected from the PMT's managers."),
    "one_coordinator": _("There is one coordinator at a time."),
    "assistant_other_organisation": _(
        "The assistant comes from a different organisation than the coordinator at the same time."
    ),
    "two_assistants": _("At most two assistants overlap at a time."),
    "second_assistant_other_organisation": _(
        "The second assistant comes from yet another member organisation."
    ),
    "overlap_after_three_months": _(
        "A second assistant overlaps only after the first has served three months."
    ),
    "accession_prospective": _("Only a prospective organisation can join by consensus."),
    "decision_details": _("The decision is missing what its kind needs."),
    "consensus_at_task_force": _("Consensus decisions are taken by the Task Force."),
    "position_by_member": _("Each member records only their own organisation's position."),
    "decision_closed": _("The decision has passed; positions can no longer change."),
    "attendance_by_member": _("Each member records only their own attendance."),
    "publish_not_passed": _("Only a decision that has passed can be published."),
    "publish_no_summary": _("Write the meeting's public summary before publishing it."),
    "publish_not_approved": _("Only an action plan the Task Force approved can be published."),
}


class RuleBroken(Exception):
    """A governance rule refused an operation; ``rule`` names it, ``message`` explains it."""

    def __init__(self, rule, detail=""):
        self.rule = rule
        self.detail = detail
        super().__init__(rule)

    @property
    def message(self):
        text = str(RULE_NAMES[self.rule])
        return f"{text} {self.detail}".strip()

    def __str__(self):
        return self.message


# -- quorum and meetings ------------------------------------------------------------------
def has_quorum(taking_part, managers):
    """Whether ``taking_part`` of ``managers`` is at least two thirds (3 of 5: no; 4 of 5: yes)."""
    return managers > 0 and 3 * taking_part >= 2 * managers


@dataclass(frozen=True)
class Quorum:
    """Who took part of those expected, and whether the meeting counts as a meeting."""

    applies: bool
    taking_part: int
    expected: int

    @property
    def reached(self):
        return not self.applies or has_quorum(self.taking_part, self.expected)


def meetings_short(kind, held):
    """How many meetings body ``kind`` is short of in a year where ``held`` counted."""
    return max(0, MEETINGS_PER_YEAR[kind] - held)


# -- decisions ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Consensus:
    passed: bool
    missing: frozenset  # member organisations not taking part in the meeting
    not_agreeing: frozenset  # member organisations taking part that did not agree (yet)


def consensus(members, taking_part, agreeing):
    """A consensus among the ids in ``members``: each one present (``taking_part``) and agreeing."""
    members = frozenset(members)
    missing = members - frozenset(taking_part)
    not_agreeing = (members - missing) - frozenset(agreeing)
    return Consensus(bool(members) and not missing and not not_agreeing, missing, not_agreeing)


# -- reports and term ---------------------------------------------------------------------
def report_due(meeting_day):
    """The day the implementation report for a Task Force meeting on ``meeting_day`` is due."""
    return meeting_day - datetime.timedelta(days=REPORT_DAYS_BEFORE)


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def evaluation_due(started_on):
    """The end of the Task Force's two-year term: when its evaluation is due."""
    return add_months(started_on, 12 * TERM_YEARS)


# -- rotation -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    """An appointment as the rules see it."""

    role: str
    agency: object  # an id
    start: datetime.date
    end: datetime.date
    person: object = None

    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end


def check_appointment(new, others, *, member_agencies, pmt_managers=()):
    """Raise :class:`RuleBroken` if the appointment ``new`` (a :class:`Term`) breaks a rule,
    given the other appointments ``others``, the member organisations and, for a coordinator,
    the people who are PMT managers when it starts."""
    if new.end < new.start:
        raise RuleBroken("period")
    if new.agency not in set(member_agencies):
        raise RuleBroken("member_organisation")
    overlapping = [term for term in others if term.overlaps(new)]
    coordinators = [term for term in overlapping if term.role == "coordinator"]
    assistants = [term for term in overlapping if term.role == "assistant"]
    if new.role == "coordinator":
        if new.person not in set(pmt_managers):
            raise RuleBroken("coordinator_from_pmt")
        if coordinators:
            raise RuleBroken("one_coordinator")
        if any(term.agency == new.agency for term in assistants):
            raise RuleBroken("assistant_other_organisation")
        return
    if any(term.agency == new.agency for term in coordinators):
        raise RuleBroken("assistant_other_organisation")
    if len(assistants) > 1:
        raise RuleBroken("two_assistants")
    for other in assistants:
        if other.agency == new.agency:
            raise RuleBroken("second_assistant_other_organisation")
        first, second = sorted((other, new), key=lambda term: term.start)
        if second.start < add_months(first.start, OVERLAP_AFTER_MONTHS):
            raise RuleBroken("overlap_after_three_months")


def propose_rotation(role, agencies, history, *, busy=()):
    """Member organisations in the order they should next serve in ``role``: those that never
    served first, then those that served least recently; ``busy`` ones (holding the other
    role at the time) are left out. ``history`` is a list of :class:`Term`."""
    last_served = {}
    for term in history:
        if term.role == role:
            last_served[term.agency] = max(last_served.get(term.agency, term.end), term.end)
    candidates = [agency for agency in agencies if agency not in set(busy)]
    return sorted(candidates, key=lambda agency: (last_served.get(agency, datetime.date.min),))


def days_in_month(terms, year, month):
    """``{agency: (fewest, most)}`` days each organisation contributes in that month."""
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    month_term = Term("", None, first, last)
    days = {}
    for term in terms:
        if term.overlaps(month_term):
            low, high = DAYS_PER_MONTH[term.role]
            was_low, was_high = days.get(term.agency, (0, 0))
            days[term.agency] = (was_low + low, was_high + high)
    return days
