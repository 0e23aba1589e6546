from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgenciesConfig(AppConfig):
    """Each agency's own space: its profile and its program managers."""

    name = "agencies"
    verbose_name = _("Agency spaces")
    default_auto_field = "django.db.models.BigAutoField"
