from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssistanceConfig(AppConfig):
    """Countries' requests for assistance: the public form, matching to the menu of services,
    routing to agencies' program managers, and their follow-up in the admin."""

    name = "assistance"
    verbose_name = _("Requests for assistance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import AssistanceRequest
        from .permissions import AssistanceRequestPermissionPolicy

        register_permission_policy(
            AssistanceRequest, AssistanceRequestPermissionPolicy(AssistanceRequest)
        )
