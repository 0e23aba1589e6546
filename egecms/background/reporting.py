"""A task that fails is reported, never lost silently.

Every backend sends django-tasks' ``task_finished`` signal after each attempt; a failed one is
logged here at ERROR with the task, its arguments, the attempt and the error's last line (the
whole traceback is in the task result). Where the result lives on — RQ's failed-job registry,
shown to superusers under *Settings → Background tasks* — it can be read and requeued.
"""

import logging

from django_tasks import TaskResultStatus

logger = logging.getLogger("egecms.background.tasks")


def failure_summary(task_result):
    """``"SMTPException: down"``: the last line of the last error's traceback."""
    if not task_result.errors:
        return "unknown error"
    lines = task_result.errors[-1].traceback.strip().splitlines()
    return lines[-1] if lines else task_result.errors[-1].exception_class_path


def report_failed_task(sender, task_result, **kwargs):
    """Log ``task_result`` when it failed (receiver of ``task_finished``)."""
    if task_result.status != TaskResultStatus.FAILED:
        return
    logger.error(
        "Task %s failed (attempt %s, id %s) with args=%r kwargs=%r: %s",
        task_result.task.module_path,
        max(task_result.attempts, 1),
        task_result.id,
        list(task_result.args),
        dict(task_result.kwargs),
        failure_summary(task_result),
    )
