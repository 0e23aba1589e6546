"""Models of the services app (re-exported here: ``from services.models import ServicePage``)."""

from .menu import ServiceMenuPage, ServicePage

__all__ = [
    "ServiceMenuPage",
    "ServicePage",
]
