from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    """Agencies' workspaces: provisioning of groups, permissions and workflows."""

    name = "egecms.workspaces"
    label = "egecms_workspaces"
    verbose_name = _("Workspaces")
    default_auto_field = "django.db.models.BigAutoField"
