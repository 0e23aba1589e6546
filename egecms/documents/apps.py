from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The platform's documents: Wagtail's document model, kept in storage no public URL
    reaches (``STORAGES["documents"]``) and served only through Wagtail's view."""

    name = "egecms.documents"
    label = "egecms_documents"
    verbose_name = _("Documents")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import setting_changed

        from .signal_handlers import forget_documents_storage

        setting_changed.connect(forget_documents_storage, dispatch_uid="forget_documents_storage")
