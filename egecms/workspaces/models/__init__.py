"""Workspaces models: agency groups and the joint sign-off task."""

from .sign_off import (
    AgencyGroup,
    LeadAgenciesApprovalTask,
    LeadAgenciesApprovalTaskState,
    LeadAgencyApproval,
    agency_ids_of,
    lead_agency_ids_for,
    member_agency_ids_of,
    workspace_of,
)

__all__ = [
    "AgencyGroup",
    "LeadAgenciesApprovalTask",
    "LeadAgenciesApprovalTaskState",
    "LeadAgencyApproval",
    "agency_ids_of",
    "member_agency_ids_of",
    "lead_agency_ids_for",
    "workspace_of",
]
