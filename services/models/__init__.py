"""Models of the services app (re-exported here: ``from services.models import ServicePage``)."""

from .menu import ServiceMenuPage
from .service import ServicePage

__all__ = [
    "ServiceMenuPage",
    "ServicePage",
]
