from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    """Background work: the queue, sent-once e-mail, failure reports and the worker's health."""

    name = "egecms.background"
    label = "egecms_background"
    verbose_name = _("Background work")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django_tasks.signals import task_finished

        from .reporting import report_failed_task

        task_finished.connect(report_failed_task, dispatch_uid="egecms_report_failed_task")
