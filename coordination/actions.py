"""Proposing (and joining) a joint mission on an overlap: check(), then execute().

The first program manager concerned who acts proposes the joint mission; program managers of
the other agencies concerned then join it. Each agency joins once; who joined, and when, is
recorded (:class:`~coordination.models.JointParticipant`).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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
