"""The ``governance`` section of workspaces.yaml: who sits on the Task Force and the PMT, for
which organisation (hook ``workspaces_description_sections``; the core's provisioning never
imports this app). People are the users already provisioned, by username::

    governance:
      task_force:
        started: 2025-01-15        # the start of the term (optional)
        members: {editor-idb: IDB, editor-oas: OAS}
      pmt:
        members: {pm-idb: IDB, pm-oas: OAS}

Applying it is idempotent: it adds the memberships listed, ends those no longer listed, and
warns about people who are not users yet (run provisioning again once they are).
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
            for username, key in (spec.get("members") or {}).items():
                if key not in agencies:
                    raise DescriptionError(
                        f"governance: {username} sits for unknown agency '{key}'"
                    )
                if not agencies[key].is_member:
                    raise DescriptionError(
                        f"governance: {key} is prospective; it joins the bodies by consensus"
                    )
                members.append((str(username), key))
            parsed[kind] = {"started": started, "members": members}
        return parsed

    def apply(self, parsed, *, agencies, report):
        today = timezone.localdate()
        users = get_user_model().objects.in_bulk(
            [username for spec in parsed.values() for username, _key in spec["members"]],
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
            current = {
                (m.user_id, m.agency_id): m
                for m in Membership.objects.filter(body=body, term_end__isnull=True)
            }
            wanted = set()
            for username, key in spec["members"]:
                user = users.get(username)
                if user is None:
                    missing.append(username)
                    continue
                pair = (user.pk, agencies[key].pk)
                wanted.add(pair)
                if pair not in current:
                    Membership.objects.create(
                        body=body,
                        user=user,
                        agency=agencies[key],
                        role=ROLE_BY_BODY[kind],
                        term_start=spec["started"] or today,
                    )
                    report.changes.append(f"+ {username} on the {kind} for {key}")
            for pair, membership in current.items():
                if pair not in wanted and membership.user.username not in missing:
                    membership.term_end = today
                    membership.save(update_fields=["term_end"])
                    report.changes.append(f"- {membership.user.username} leaves the {kind}")
        if missing:
            report.warnings.append(
                "governance: not users yet (provision again once they are): "
                + ", ".join(sorted(set(missing)))
            )
