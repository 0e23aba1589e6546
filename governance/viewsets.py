"""The admin viewsets with which the coordinator and the editorial board manage meetings,
appointments, reports and action plans; members may look (permission policy)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_forms import AppointmentForm
from .models import ActionPlan, Activity, Appointment, Commitment, ImplementationReport, Meeting
from .permissions import can_manage, is_member


class GovernancePermissionPolicy(BasePermissionPolicy):
    """Members view; the coordinator of the day, the board and superusers change."""

    def user_has_permission(self, user, action):
        if action == "view":
            return is_member(user)
        return can_manage(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model._default_manager.all()
        return self.model._default_manager.none()


class GovernanceViewSet(ModelViewSet):
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    icon = "group"


class MeetingViewSet(GovernanceViewSet):
    model = Meeting
    name = "governance_meetings"
    url_prefix = "governance/manage/meetings"
    form_fields = ["body", "starts_at", "mode", "place", "agenda", "minutes", "public_summary"]
    list_display = ["__str__", "mode", "place"]
    list_filter = ["body", "mode"]
    menu_label = _("Meetings")


class AppointmentViewSet(GovernanceViewSet):
    model = Appointment
    name = "governance_appointments"
    url_prefix = "governance/manage/appointments"
    list_display = ["__str__", "start", "end"]
    list_filter = ["role"]
    menu_label = _("Appointments")
    edit_handler = ObjectList(
        [
            FieldPanel("role"),
            FieldPanel("user"),
            FieldPanel("agency"),
            FieldPanel("start"),
            FieldPanel("end"),
        ],
        base_form_class=AppointmentForm,
    )


class ReportViewSet(GovernanceViewSet):
    model = ImplementationReport
    name = "governance_reports"
    url_prefix = "governance/manage/reports"
    form_fields = ["meeting", "text", "document", "submitted_by", "submitted_on"]
    list_display = ["__str__", "submitted_on"]
    menu_label = _("Implementation reports")


class ActionPlanViewSet(GovernanceViewSet):
    model = ActionPlan
    name = "governance_plans"
    url_prefix = "governance/manage/plans"
    form_fields = ["year", "title"]
    list_display = ["year", "title"]
    menu_label = _("Action plans")


class ActivityViewSet(GovernanceViewSet):
    model = Activity
    name = "governance_activities"
    url_prefix = "governance/manage/activities"
    form_fields = [
        "plan",
        "number",
        "title",
        "strategic_area",
        "expected_outcomes",
        "first_quarter",
        "last_quarter",
        "agencies",
        "status",
        "progress",
    ]
    list_display = ["__str__", "plan", "status", "progress"]
    list_filter = ["plan", "status"]
    menu_label = _("Activities")


class CommitmentViewSet(GovernanceViewSet):
    model = Commitment
    name = "governance_commitments"
    url_prefix = "governance/manage/commitments"
    form_fields = ["plan", "agency", "quarter", "kind", "count"]
    list_display = ["__str__", "plan"]
    list_filter = ["plan", "kind"]
    menu_label = _("Commitments")


def register_permission_policies():
    """Each managed model's :class:`GovernancePermissionPolicy` (before the viewsets load)."""
    for viewset in VIEWSETS:
        register_permission_policy(viewset.model, GovernancePermissionPolicy(viewset.model))


VIEWSETS = (
    MeetingViewSet,
    AppointmentViewSet,
    ReportViewSet,
    ActionPlanViewSet,
    ActivityViewSet,
    CommitmentViewSet,
)
