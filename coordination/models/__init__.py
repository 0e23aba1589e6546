"""Models of the coordination app (re-exported: ``from coordination.models import Mission``)."""

from .activity import ActivityIndexPage, ActivityPage
from .flags import JointParticipant, OverlapFlag
from .mission import Mission
from .profiles import CountryProfilesPage

__all__ = [
    "ActivityIndexPage",
    "ActivityPage",
    "CountryProfilesPage",
    "JointParticipant",
    "Mission",
    "OverlapFlag",
]
