"""Models of the services app (re-exported here: ``from services.models import ServicePage``)."""

from .menu import ServiceMenuPage, ServicePage
from .request_page import AssistanceRequestPage
from .requests import AssistanceRequest, RequestEvent, RequestRouting

__all__ = [
    "AssistanceRequest",
    "AssistanceRequestPage",
    "RequestEvent",
    "RequestRouting",
    "ServiceMenuPage",
    "ServicePage",
]
