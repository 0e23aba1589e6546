from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """The bodies of the Task Force and their rules, for members only."""

    name = "governance"
    verbose_name = _("Governance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from . import signal_handlers
        from .models import ActionPlan, Activity, Decision, Meeting
        from .signals import member_admitted

        member_admitted.connect(
            signal_handlers.provision_new_member, dispatch_uid="governance-provision-new-member"
        )
        for signal in (post_save, post_delete):
            for model in (Decision, Meeting, ActionPlan):
                signal.connect(
                    signal_handlers.public_record_changed,
                    sender=model,
                    dispatch_uid=f"governance-public-{model.__name__}-{id(signal)}",
                )
            signal.connect(
                signal_handlers.plan_activity_changed,
                sender=Activity,
                dispatch_uid=f"governance-public-activity-{id(signal)}",
            )
        m2m_changed.connect(
            signal_handlers.plan_activity_changed,
            sender=Activity.agencies.through,
            dispatch_uid="governance-public-activity-agencies",
        )
