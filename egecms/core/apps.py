from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The platform core: topic page, agencies, topics, countries and the Contribution contract."""

    name = "egecms.core"
    label = "egecms_core"
    verbose_name = _("e-Government platform")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import post_page_move

        from . import signal_handlers, structure_cache
        from .models import Agency, Topic

        for model in (Agency, Topic):
            for signal in (post_save, post_delete):
                signal.connect(
                    signal_handlers.agency_or_topic_changed,
                    sender=model,
                    dispatch_uid=f"egecms-labels-{model.__name__}-{signal is post_save}",
                )

        for signal in (post_save, post_delete):
            signal.connect(
                signal_handlers.any_model_changed,
                dispatch_uid=f"egecms-structure-pages-{signal is post_save}",
            )
            for model in (PageViewRestriction, Site):
                signal.connect(
                    structure_cache.structure_changed,
                    sender=model,
                    dispatch_uid=f"egecms-structure-{model.__name__}-{signal is post_save}",
                )
        post_page_move.connect(
            structure_cache.structure_changed, dispatch_uid="egecms-structure-page-moved"
        )
