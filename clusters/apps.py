from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClustersConfig(AppConfig):
    """Clusters (agencies' work spaces), issue areas (shared with countries) and practices."""

    name = "clusters"
    verbose_name = _("Clusters and practices")
    default_auto_field = "django.db.models.BigAutoField"
