"""The ``governance`` section of workspaces.yaml: who sits on the Task Force and the PMT, for
which organisation (hook ``workspaces_description_sections``; the core's provisioning never
imports this app). People are the users already provisioned, by username::

    governance:
      task_force:
        started: 2025-01-15        # the start of the term (optional)
        members: {editor-idb: IDB, editor-oas: OAS}
      pmt:
        members:
          pm-idb: IDB
          pm-oas: {agency: OAS, until: 2026-06-30}   # a term with its end

Applying it is idempotent: it adds the memberships listed (a term starts on the body's start,
or the day it is applied), sets or moves the end of a term as ``until`` says, ends those no
longer listed, and warns about people who are not users yet (run provisioning again once they
are). Someone listed again after their term ended starts a new term.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from egecms.workspaces.description import DescriptionError

from .models import Body, Membership

ROLE_BY_BODY = {"task_force": Membership.Role.REPRESENTATIVE, "pmt": Membership.Role.MANAGER}


class GovernanceSection:
    """The handler of the ``governance`` section (see :mod:`egecms.workspaces.description`)."""

    def parse(self, value, *, agencies):
        if not isinstance(value, dict):
            raise DescriptionError("governance should list the bodies: task_force, pmt")
        parsed = {}
        for kind, spec in value.items():
            if kind not in ROLE_BY_BODY:
                raise DescriptionError(f"governance: unknown body '{kind}' (task_force or pmt)")
            spec = spec or {}
            unknown = set(spec) - {"started", "members"}
            if unknown:
                raise DescriptionError(
                    f"governance: {kind} has unknown field(s): {', '.join(sorted(unknown))}"
                )
            started = spec.get("started")
            if started is not None and not isinstance(started, datetime.date):
                raise DescriptionError(
                    f"governance: {kind}'s start should be a date like 2025-01-15"
                )
            members = []
            for username, seat in (spec.get("members") or {}).items():
                key, until = _seat(kind, username, seat)
                if key not in agencies:
                    raise DescriptionError(
                        f"governance: {username} sits for unknown agency '{key}'"
                    )
                if not agencies[key].is_member:
                    raise DescriptionError(
                        f"governance: {key} is prospective; it joins the bodies by consensus"
                    )
                members.append((str(username), key, until))
            parsed[kind] = {"started": started, "members": members}
        return parsed

    def apply(self, parsed, *, agencies, report):
        today = timezone.localdate()
        users = get_user_model().objects.in_bulk(
            [username for spec in parsed.values() for username, *_seat in spec["members"]],
            field_name="username",
        )
        missing = []
        for kind, spec in parsed.items():
            body, created = Body.objects.get_or_create(
                kind=kind, defaults={"started_on": spec["started"] or today}
            )
            if created:
                report.changes.append(f"+ governance body {kind}")
            elif spec["started"] and body.started_on != spec["started"]:
                body.started_on = spec["started"]
                body.save(update_fields=["started_on"])
                report.changes.append(f"~ governance body {kind} started on {spec['started']}")
            latest = {
                (m.user_id, m.agency_id): m
                for m in Membership.objects.filter(body=body)
                .select_related("user")
                .order_by("term_start", "pk")
            }
            wanted = set()
            for username, key, until in spec["members"]:
                user = users.get(username)
                if user is None:
                    missing.append(username)
                    continue
                pair = (user.pk, agencies[key].pk)
                wanted.add(pair)
                membership = latest.get(pair)
                if membership is None or _left_before(membership, until, today):
                    Membership.objects.create(
                        body=body,
                        user=user,
                        agency=agencies[key],
                        role=ROLE_BY_BODY[kind],
                        term_start=(spec["started"] or today) if membership is None else today,
                        term_end=until,
                    )
                    report.changes.append(f"+ {username} on the {kind} for {key}")
                elif membership.term_end != until:
                    membership.term_end = until
                    membership.save(update_fields=["term_end"])
                    report.changes.append(
                        f"~ {username}'s term on the {kind} ends {until or 'when no longer listed'}"
                    )
            for pair, membership in latest.items():
                still_on = membership.term_end is None or membership.term_end > today
                if pair not in wanted and still_on and membership.user.username not in missing:
                    membership.term_end = today
                    membership.save(update_fields=["term_end"])
                    report.changes.append(f"- {membership.user.username} leaves the {kind}")
        if missing:
            report.warnings.append(
                "governance: not users yet (provision again once they are): "
                + ", ".join(sorted(set(missing)))
            )


def _seat(kind, username, seat):
    """``(agency key, term end or None)`` of a member's entry: ``IDB`` or
    ``{agency: IDB, until: 2026-06-30}``."""
    if isinstance(seat, str):
        return seat, None
    if not isinstance(seat, dict):
        seat = {}  # neither an agency nor a mapping: the message below
    unknown = set(seat) - {"agency", "until"}
    if unknown or "agency" not in seat:
        raise DescriptionError(
            f"governance: {kind} member {username} should be an agency, or "
            "{agency: ..., until: YYYY-MM-DD}"
        )
    until = seat.get("until")
    if until is not None and not isinstance(until, datetime.date):
        raise DescriptionError(
            f"governance: {username}'s term on the {kind} should end on a date like 2026-06-30"
        )
    return seat["agency"], until


def _left_before(membership, until, today):
    """Whether ``membership`` ended before today other than as the file says: the person left,
    and listing them again starts a new term."""
    return (
        membership.term_end is not None
        and membership.term_end < today
        and membership.term_end != until
    )
