from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlatformConfig(AppConfig):
    """The limited-access inter-agency platform: internal documents for member agencies only."""

    name = "egecms.platform"
    label = "egecms_platform"
    verbose_name = _("Inter-agency platform")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from .models import PlatformPage
        from .signal_handlers import restrict_new_platform_page

        post_save.connect(
            restrict_new_platform_page, sender=PlatformPage, dispatch_uid="restrict_platform"
        )
