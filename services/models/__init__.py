"""Models of the services app (re-exported here: ``from services.models import ServicePage``)."""

from .menu import ServiceMenuPage, ServicePage
from .spaces import AgencyIndexPage, AgencyPage, ProgramManager

__all__ = ["AgencyIndexPage", "AgencyPage", "ProgramManager", "ServiceMenuPage", "ServicePage"]
