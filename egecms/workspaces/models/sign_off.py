"""Which groups act for which agency, and the joint sign-off of the lead agencies."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState

from egecms.core.models.agencies import Agency
from egecms.core.models.contributions import workspace_of


class AgencyGroup(models.Model):
    """A Django group acting for an agency (kept in step with workspaces.yaml by provisioning)."""

    class Role(models.TextChoices):
        EDITORS = "editors", _("Editors")
        PROGRAM_MANAGERS = "program_managers", _("Program managers")

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="agency_link")
    agency = models.ForeignKey("egecms_core.Agency", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=20, choices=Role)

    class Meta:
        verbose_name = _("agency group")
        verbose_name_plural = _("agency groups")

    def __str__(self):
        return self.group.name


def _acting_for(user, cache_attr, **agency_filter):
    """The ids of the agencies ``user``'s groups act for (narrowed by ``agency_filter``),
    read once per user object."""
    if not user or not user.is_authenticated:
        return set()
    if not hasattr(user, cache_attr):
        groups = AgencyGroup.objects.filter(group__user=user, **agency_filter)
        setattr(user, cache_attr, set(groups.values_list("agency_id", flat=True)))
    return getattr(user, cache_attr)


def agency_ids_of(user):
    """The (canonical) agencies a user acts for, through their groups."""
    return _acting_for(user, "_egecms_agency_ids")


def member_agency_ids_of(user):
    """The agencies a user acts for that are members of the Task Force (a prospective
    agency's people are not yet shared what is for members only)."""
    return _acting_for(user, "_egecms_member_agency_ids", agency__status=Agency.Status.MEMBER)


def lead_agency_ids_for(obj):
    workspace = workspace_of(obj) if isinstance(obj, Page) else None
    return set(workspace.lead_agency_ids()) if workspace else set()


class LeadAgenciesApprovalTask(Task):
    """Every lead agency of the workspace approves — not just any one reviewer.

    Wagtail's group approval task accepts the first approval of any member of its groups; a
    member agency's contribution to a cluster led by two agencies needs both. A contribution
    submitted by an editor of a lead agency skips this step.
    """

    class Meta:
        verbose_name = _("approval by every lead agency")
        verbose_name_plural = _("approvals by every lead agency")

    @classmethod
    def get_description(cls):
        return _("Each lead agency of the work space approves, one after the other or together.")

    @classmethod
    def get_task_state_class(cls):
        return LeadAgenciesApprovalTaskState

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        leads = lead_agency_ids_for(workflow_state.content_object)
        if not leads or agency_ids_of(user) & leads:
            task_state.approve(
                user=user,
                update=False,
                comment=str(_("Submitted by a lead agency of the work space.")),
            )
        return task_state

    def pending_agency_ids(self, task_state, obj):
        approved = set(task_state.specific.approvals.values_list("agency_id", flat=True))
        return lead_agency_ids_for(obj) - approved

    def user_lead_agency_ids(self, obj, user):
        return agency_ids_of(user) & lead_agency_ids_for(obj)

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or bool(self.user_lead_agency_ids(obj, user))

    def locked_for_user(self, obj, user):
        return not self.user_can_access_editor(obj, user)

    def get_actions(self, obj, user):
        if not self.user_can_access_editor(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve for my agency"), False),
            ("approve", _("Approve for my agency with comment"), True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if action_name == "reject":
            task_state.reject(user=user, **kwargs)
            return
        if action_name != "approve":
            return
        agencies = (
            lead_agency_ids_for(obj) if user.is_superuser else self.user_lead_agency_ids(obj, user)
        )
        for agency_id in agencies:
            LeadAgencyApproval.objects.get_or_create(
                task_state=task_state.specific, agency_id=agency_id, defaults={"user": user}
            )
        if not self.pending_agency_ids(task_state, obj):
            task_state.approve(user=user, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        agencies = agency_ids_of(user)
        if not agencies:
            return TaskState.objects.none()
        pending = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.pending_agency_ids(state, state.workflow_state.content_object) & agencies
        ]
        return TaskState.objects.filter(pk__in=pending)


class LeadAgenciesApprovalTaskState(TaskState):
    """The state of a joint sign-off: which lead agencies have approved so far."""

    class Meta:
        verbose_name = _("lead agencies approval state")


class LeadAgencyApproval(models.Model):
    """One lead agency's approval of one revision, with who gave it and when."""

    task_state = models.ForeignKey(
        LeadAgenciesApprovalTaskState, on_delete=models.CASCADE, related_name="approvals"
    )
    agency = models.ForeignKey("egecms_core.Agency", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("task_state", "agency")]
        verbose_name = _("lead agency approval")
        verbose_name_plural = _("lead agency approvals")

    def __str__(self):
        return f"{self.agency} approved {self.task_state}"
