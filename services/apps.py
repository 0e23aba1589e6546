from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """Agencies' own spaces and the menu of services they offer."""

    name = "services"
    verbose_name = _("Agencies and services")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import AssistanceRequest
        from .requests.permissions import AssistanceRequestPermissionPolicy

        register_permission_policy(
            AssistanceRequest, AssistanceRequestPermissionPolicy(AssistanceRequest)
        )
