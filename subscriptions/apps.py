from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    """Readers' subscriptions and digests (no account needed) and staff notifications, each
    in its reader's language."""

    name = "subscriptions"
    verbose_name = _("Subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        from . import signal_handlers

        signal_handlers.connect()
        if apps.is_installed("assistance"):
            from assistance.signals import request_routed

            request_routed.connect(
                signal_handlers.on_request_routed, dispatch_uid="subscriptions_request_routed"
            )
