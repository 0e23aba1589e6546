from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The editorial policy: its versions, their acceptance, and the board's review task."""

    name = "egecms.editorial"
    label = "egecms_editorial"
    verbose_name = _("Editorial policy")
    default_auto_field = "django.db.models.BigAutoField"
