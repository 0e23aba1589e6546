"""Workspaces models: agency groups, the joint sign-off task, the editorial policy."""

from .policy import EditorialPolicy, PolicyAcceptance
from .sign_off import (
    AgencyGroup,
    LeadAgenciesApprovalTask,
    LeadAgenciesApprovalTaskState,
    LeadAgencyApproval,
    agency_ids_of,
    lead_agency_ids_for,
    workspace_of,
)

__all__ = [
    "AgencyGroup",
    "EditorialPolicy",
    "LeadAgenciesApprovalTask",
    "LeadAgenciesApprovalTaskState",
    "LeadAgencyApproval",
    "PolicyAcceptance",
    "agency_ids_of",
    "lead_agency_ids_for",
    "workspace_of",
]
