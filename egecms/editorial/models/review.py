from django import forms
from django.conf import settings
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .policy import EditorialPolicy


def checklist_form_class(policy):
    """The approval form of a reviewer: one yes/no answer per checklist question, and a comment."""
    fields = {
        f"check_{index}": forms.BooleanField(label=question, required=False)
        for index, question in enumerate(policy.checklist_items if policy else [])
    }
    return type("PolicyChecklistForm", (TaskStateCommentForm,), fields)


class EditorialReviewTask(AbstractGroupApprovalTask):
    """The editorial board's review: approving answers the editorial policy's checklist."""

    class Meta:
        verbose_name = _("editorial board review")
        verbose_name_plural = _("editorial board reviews")

    @classmethod
    def get_description(cls):
        return _(
            "The editorial board reviews the contribution against the editorial policy's checklist."
        )

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve after the policy checklist"), True),
        ]

    def get_form_for_action(self, action):
        if action == "approve":
            return checklist_form_class(EditorialPolicy.objects.current(get_language()))
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        comment = kwargs.get("comment", "")
        if action_name == "approve":
            policy = EditorialPolicy.objects.current(get_language())
            if policy is not None:
                PolicyReview.objects.create(
                    task_state=task_state,
                    user=user,
                    version=policy.version,
                    answers=[
                        {"question": question, "answer": bool(kwargs.get(f"check_{index}"))}
                        for index, question in enumerate(policy.checklist_items)
                    ],
                )
            task_state.approve(user=user, comment=comment)
        elif action_name == "reject":
            task_state.reject(user=user, comment=comment)


class PolicyReview(models.Model):
    """A reviewer's answers to the editorial policy checklist for one revision."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(_("policy version"))
    answers = models.JSONField(_("answers"), default=list)
    reviewed_at = models.DateTimeField(_("reviewed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("policy review")
        verbose_name_plural = _("policy reviews")

    def __str__(self):
        return f"{self.user} reviewed {self.task_state} (policy version {self.version})"
