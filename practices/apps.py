from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """Practices worth adapting and practices to avoid, and the practice library."""

    name = "practices"
    verbose_name = _("Practices")
    default_auto_field = "django.db.models.BigAutoField"
