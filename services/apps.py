from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """The menu of services: what each agency offers the countries, and the matrix of it."""

    name = "services"
    verbose_name = _("Menu of services")
    default_auto_field = "django.db.models.BigAutoField"
