from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """The calendar of e-government events of the Task Force agencies."""

    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import signal_handlers
        from .models import EventPage

        post_save.connect(
            signal_handlers.store_schedule, sender=EventPage, dispatch_uid="events-schedule"
        )

        for signal in (page_published, page_unpublished, post_page_move, post_delete):
            signal.connect(
                signal_handlers.workspace_changed, dispatch_uid=f"events-spaces-{id(signal)}"
            )
