"""The members' terms on the bodies (from workspaces.yaml, see :mod:`.description`): how many
days each has left, and the warnings — a term ending within :data:`WARNING_DAYS`, an
organisation whose seat is empty because its last term on the body ended."""

from dataclasses import dataclass

from .models import Membership

#: Days before its end from which a term is flagged.
WARNING_DAYS = 60


@dataclass(frozen=True)
class TermRow:
    """One membership as the members' screen shows it."""

    membership: Membership
    days_left: int | None  # None: open-ended
    ending: bool  # ends within WARNING_DAYS (today included)
    ended: bool
    seat_empty: bool  # ended, and its organisation has no current member on the body

    @property
    def warning(self):
        return self.ending or self.seat_empty


def term_rows(memberships, today):
    """A :class:`TermRow` per membership (all of one or more bodies, already fetched)."""
    memberships = list(memberships)
    seated = {(m.body_id, m.agency_id) for m in memberships if m.is_active_on(today)}
    rows = []
    for membership in memberships:
        end = membership.term_end
        days_left = (end - today).days if end is not None else None
        ended = end is not None and end < today
        rows.append(
            TermRow(
                membership=membership,
                days_left=days_left,
                ending=not ended and days_left is not None and days_left <= WARNING_DAYS,
                ended=ended,
                seat_empty=ended and (membership.body_id, membership.agency_id) not in seated,
            )
        )
    return rows


def members_of(body, today):
    """The rows of ``body``'s members: current terms by organisation, then past terms, the
    latest first (two queries whatever the number)."""
    memberships = Membership.objects.filter(body=body).select_related("user", "agency", "body")
    rows = term_rows(memberships, today)
    current = sorted(
        (row for row in rows if not row.ended),
        key=lambda row: (row.membership.agency.acronym, row.membership.term_start),
    )
    past = sorted(
        (row for row in rows if row.ended), key=lambda row: row.membership.term_end, reverse=True
    )
    return current + past


def term_warnings(today):
    """The warnings of every body: terms ending within :data:`WARNING_DAYS` and organisations
    whose last term ended (one query)."""
    memberships = Membership.objects.exclude(term_start__gt=today).select_related(
        "user", "agency", "body"
    )
    rows = term_rows(memberships, today)
    # one warning per empty seat: the organisation's latest ended term
    latest_ended = {}
    for row in rows:
        if row.seat_empty:
            key = (row.membership.body_id, row.membership.agency_id)
            if (
                key not in latest_ended
                or latest_ended[key].membership.term_end < row.membership.term_end
            ):
                latest_ended[key] = row
    ending = [row for row in rows if row.ending]
    return sorted(ending, key=lambda row: row.membership.term_end) + sorted(
        latest_ended.values(), key=lambda row: row.membership.term_end, reverse=True
    )
