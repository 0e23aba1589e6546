"""Superusers reach the queue's jobs — failed ones with their error, to requeue or delete —
through django-rq's dashboard, linked from *Settings* when tasks go to RQ."""

from django.apps import apps
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .health import RQ, worker_kind


class BackgroundTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser and apps.is_installed("django_rq") and worker_kind() == RQ


@hooks.register("register_settings_menu_item")
def register_background_tasks_menu_item():
    return BackgroundTasksMenuItem(
        _("Background tasks"),
        reverse_lazy("admin:django_rq_home"),
        icon_name="cogs",
        order=900,
    )
