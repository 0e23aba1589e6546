from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    """Coordination against duplication: activities, missions, their overlaps, who does what
    where, and the country profiles."""

    name = "coordination"
    verbose_name = _("Coordination")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import signal_handlers
        from .models import Mission
        from .permissions import MissionPermissionPolicy

        register_permission_policy(Mission, MissionPermissionPolicy(Mission))
        signal_handlers.connect()
