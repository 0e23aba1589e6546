"""The governance models, re-exported."""

from .bodies import Body, Membership
from .meetings import Attendance, Decision, Meeting, Position
from .plans import ActionPlan, Activity, Commitment
from .reports import ImplementationReport
from .rotation import Appointment

__all__ = [
    "ActionPlan",
    "Activity",
    "Appointment",
    "Attendance",
    "Body",
    "Commitment",
    "Decision",
    "ImplementationReport",
    "Meeting",
    "Membership",
    "Position",
]
