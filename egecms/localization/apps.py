from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    """Translation workflows: originals flow into the other languages' queues."""

    name = "egecms.localization"
    label = "egecms_localization"
    verbose_name = _("Translation workflows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .signal_handlers import on_page_published

        page_published.connect(on_page_published, dispatch_uid="egecms_sync_translations")
