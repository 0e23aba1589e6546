from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The platform core: topic page, agencies, topics, countries and the Contribution contract."""

    name = "egecms.core"
    label = "egecms_core"
    verbose_name = _("e-Government platform")
    default_auto_field = "django.db.models.BigAutoField"
