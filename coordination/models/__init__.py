"""Models of the coordination app (re-exported: ``from coordination.models import Mission``)."""

from .activity import ActivityPage
from .flags import JointParticipant, OverlapFlag
from .mission import Mission
from .profiles import CountryProfilesPage

__all__ = [
    "ActivityPage",
    "CountryProfilesPage",
    "JointParticipant",
    "Mission",
    "OverlapFlag",
]
