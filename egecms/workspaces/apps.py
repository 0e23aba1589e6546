from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    """Agencies' workspaces: provisioning of groups, permissions and workflows."""

    name = "egecms.workspaces"
    label = "egecms_workspaces"
    verbose_name = _("Workspaces")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_save

        if apps.is_installed("egecms.platform"):
            from egecms.platform.models import PlatformPage

            from .signals import restrict_new_platform_page

            post_save.connect(
                restrict_new_platform_page, sender=PlatformPage, dispatch_uid="restrict_platform"
            )
