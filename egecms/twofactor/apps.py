from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    """Two-factor authentication for the admin (see the package's docstring)."""

    name = "egecms.twofactor"
    label = "egecms_twofactor"
    verbose_name = _("Two-factor authentication")
