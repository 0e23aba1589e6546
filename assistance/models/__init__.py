"""Models of the requests for assistance: the requests with their history and routing, and
the public page where countries post them."""

from .rate_limits import RateLimitCounter
from .request_page import AssistanceRequestPage
from .requests import AssistanceRequest, RequestEvent, RequestRouting

__all__ = [
    "AssistanceRequest",
    "AssistanceRequestPage",
    "RateLimitCounter",
    "RequestEvent",
    "RequestRouting",
]
