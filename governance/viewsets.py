"""The admin viewsets with which the coordinator and the editorial board manage meetings,
appointments, reports and action plans; members may look (permission policy)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_forms import AppointmentForm, translation_tabs
from .models import (
    ActionPlan,
    Activity,
    Appointment,
    Commitment,
    Decision,
    ImplementationReport,
    Meeting,
)
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


class RecordedElsewherePermissionPolicy(GovernancePermissionPolicy):
    """Records added and removed only through their own actions (a decision is recorded on its
    meeting's page, under the quorum rule): here, managers only correct their texts."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


def fields_panels(names):
    return [FieldPanel(name) for name in names]


class GovernanceViewSet(ModelViewSet):
    permission_policy_class = GovernancePermissionPolicy
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    icon = "group"


class MeetingViewSet(GovernanceViewSet):
    model = Meeting
    name = "governance_meetings"
    url_prefix = "governance/manage/meetings"
    edit_handler = translation_tabs(
        Meeting,
        fields_panels(
            ["body", "starts_at", "mode", "place", "agenda", "minutes", "public_summary"]
        ),
        ["place", "agenda", "minutes", "public_summary"],
    )
    list_display = ["__str__", "mode", "place"]
    list_filter = ["body", "mode"]
    menu_label = _("Meetings")


class DecisionViewSet(GovernanceViewSet):
    model = Decision
    name = "governance_decisions"
    url_prefix = "governance/manage/decisions"
    edit_handler = translation_tabs(Decision, fields_panels(["text"]), ["text"])
    list_display = ["__str__", "meeting", "passed_at"]
    list_filter = ["kind"]
    menu_label = _("Decisions")
    permission_policy_class = RecordedElsewherePermissionPolicy


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
    edit_handler = translation_tabs(ActionPlan, fields_panels(["year", "title"]), ["title"])
    list_display = ["year", "title"]
    menu_label = _("Action plans")


class ActivityViewSet(GovernanceViewSet):
    model = Activity
    name = "governance_activities"
    url_prefix = "governance/manage/activities"
    edit_handler = translation_tabs(
        Activity,
        fields_panels(
            [
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
        ),
        ["title", "strategic_area", "expected_outcomes"],
    )
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
        register_permission_policy(viewset.model, viewset.permission_policy_class(viewset.model))


VIEWSETS = (
    MeetingViewSet,
    DecisionViewSet,
    AppointmentViewSet,
    ReportViewSet,
    ActionPlanViewSet,
    ActivityViewSet,
    CommitmentViewSet,
)
