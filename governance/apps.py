from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """The bodies of the Task Force and their rules, for members only."""

    name = "governance"
    verbose_name = _("Governance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers
        from .signals import member_admitted

        member_admitted.connect(
            signal_handlers.provision_new_member, dispatch_uid="governance-provision-new-member"
        )
