"""Workspaces models: agency groups, the joint sign-off task, the editorial policy."""

from .policy import EditorialPolicy, PolicyAcceptance
from .review import EditorialReviewTask, PolicyReview
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
    "EditorialReviewTask",
    "LeadAgenciesApprovalTask",
    "LeadAgenciesApprovalTaskState",
    "LeadAgencyApproval",
    "PolicyAcceptance",
    "PolicyReview",
    "agency_ids_of",
    "lead_agency_ids_for",
    "workspace_of",
]
