"""Proposing (and joining) a joint mission on an overlap, closing and reopening an overlap:
each an action with check(), then execute().

The first program manager concerned who acts proposes the joint mission; program managers of
the other agencies concerned then join it. Each agency joins once; who joined, and when, is
recorded (:class:`~coordination.models.JointParticipant`).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .flag_access import may_close
from .models import JointParticipant, OverlapFlag
from .notifications import program_manager_agency_ids


class JointMissionError(Exception):
    """Why the user cannot propose or join a joint mission on this flag (translated)."""


class JoinJointMission:
    """``user`` proposes a joint mission on ``flag``, or joins the one proposed."""

    def __init__(self, flag, *, user):
        self.flag, self.user = flag, user

    def agency_ids(self):
        """The flag's agencies the user is a program manager of."""
        flag_agencies = set(self.flag.agencies.values_list("pk", flat=True))
        return sorted(program_manager_agency_ids(self.user) & flag_agencies)

    def check(self):
        if self.flag.status == OverlapFlag.Status.CLOSED:
            raise JointMissionError(_("This overlap is closed."))
        agency_ids = self.agency_ids()
        if not agency_ids:
            raise JointMissionError(
                _("Only the program managers of the agencies concerned may join.")
            )
        if self.flag.kind == OverlapFlag.Kind.MISSIONS and not all(
            mission.open_to_joint_participation
            for mission in (self.flag.first_mission, self.flag.second_mission)
        ):
            raise JointMissionError(_("One of these missions is not open to joint participation."))
        joined = set(self.flag.participants.values_list("agency_id", flat=True))
        if not set(agency_ids) - joined:
            raise JointMissionError(_("Your agency has already joined this mission."))
        return agency_ids

    def execute(self):
        agency_ids = self.check()
        with transaction.atomic():
            flag = OverlapFlag.objects.select_for_update().get(pk=self.flag.pk)
            if flag.proposed_by_id is None:
                flag.proposed_by = self.user
                flag.proposed_at = timezone.now()
                flag.status = OverlapFlag.Status.JOINT
                flag.save(update_fields=["proposed_by", "proposed_at", "status"])
            for agency_id in agency_ids:
                JointParticipant.objects.get_or_create(
                    flag=flag, agency_id=agency_id, defaults={"user": self.user}
                )
        self.flag = flag
        return flag


def join_joint_mission(flag, *, user):
    """Propose or join the joint mission of ``flag`` as ``user``; the flag."""
    return JoinJointMission(flag, user=user).execute()


class FlagClosingError(Exception):
    """Why the user cannot close or reopen this flag (translated)."""


class CloseFlag:
    """``user`` closes ``flag`` for ``reason`` (an ``OverlapFlag.CloseReason``) with an
    optional ``note``: it leaves the dashboards and the PMT's agenda, and detection never
    flags the same pair again. Who closed it, when and why are recorded."""

    def __init__(self, flag, *, user, reason, note=""):
        self.flag, self.user, self.reason, self.note = flag, user, reason, note.strip()

    def check(self):
        if not may_close(self.user, self.flag):
            raise FlagClosingError(
                _("Only the program managers concerned and the editorial board may close it.")
            )
        if self.flag.status == OverlapFlag.Status.CLOSED:
            raise FlagClosingError(_("This overlap is closed already."))
        if self.reason not in OverlapFlag.CloseReason.values:
            raise FlagClosingError(_("Choose why the overlap is closed."))

    def execute(self):
        self.check()
        flag = self.flag
        flag.status = OverlapFlag.Status.CLOSED
        flag.close_reason, flag.close_note = self.reason, self.note
        flag.closed_by, flag.closed_at = self.user, timezone.now()
        flag.save(update_fields=["status", "close_reason", "close_note", "closed_by", "closed_at"])
        return flag


class ReopenFlag:
    """``user`` reopens a closed ``flag``: back to open (or to its proposed joint mission),
    recording who reopened it and when; why it had been closed is forgotten."""

    def __init__(self, flag, *, user):
        self.flag, self.user = flag, user

    def check(self):
        if not may_close(self.user, self.flag):
            raise FlagClosingError(
                _("Only the program managers concerned and the editorial board may reopen it.")
            )
        if self.flag.status != OverlapFlag.Status.CLOSED:
            raise FlagClosingError(_("This overlap is open already."))

    def execute(self):
        self.check()
        flag = self.flag
        flag.status = (
            OverlapFlag.Status.JOINT
            if flag.proposed_by_id or flag.proposed_at
            else OverlapFlag.Status.OPEN
        )
        flag.close_reason, flag.close_note, flag.closed_by, flag.closed_at = "", "", None, None
        flag.reopened_by, flag.reopened_at = self.user, timezone.now()
        flag.save(
            update_fields=[
                "status",
                "close_reason",
                "close_note",
                "closed_by",
                "closed_at",
                "reopened_by",
                "reopened_at",
            ]
        )
        return flag


def close_flag(flag, *, user, reason, note=""):
    """Close ``flag`` as ``user`` (see :class:`CloseFlag`); the flag."""
    return CloseFlag(flag, user=user, reason=reason, note=note).execute()


def reopen_flag(flag, *, user):
    """Reopen ``flag`` as ``user`` (see :class:`ReopenFlag`); the flag."""
    return ReopenFlag(flag, user=user).execute()
