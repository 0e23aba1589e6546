"""Models of the services app (re-exported here: ``from services.models import ServicePage``)."""

from .menu import ServiceMenuPage, ServicePage
from .request_page import AssistanceRequestPage
from .requests import AssistanceRequest, RequestEvent, RequestRouting
from .spaces import AgencyIndexPage, AgencyPage, ProgramManager

__all__ = [
    "AgencyIndexPage",
    "AgencyPage",
    "AssistanceRequest",
    "AssistanceRequestPage",
    "ProgramManager",
    "RequestEvent",
    "RequestRouting",
    "ServiceMenuPage",
    "ServicePage",
]
