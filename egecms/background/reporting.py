"""A task that fails is reported, never lost silently.

Every backend sends django-tasks' ``task_finished`` signal after each attempt; a failed one is
logged here at ERROR with the task, its arguments and its error (django-tasks' own log line
names the task only). The whole traceback stays with the task result. Where the result lives on — RQ's failed-job registry,
shown to superusers under *Settings → Background tasks* — it can be read and requeued.
"""

import logging
import sys

from django_tasks import TaskResultStatus

logger = logging.getLogger("egecms.background.tasks")


def failure_summary(task_result):
    """``"MailNotSent: acknowledgement of AR-…"``: the last line of the last error's traceback,
    or the exception being handled (RQ reports a failure before it records the error)."""
    if task_result.errors:
        lines = task_result.errors[-1].traceback.strip().splitlines()
        return lines[-1] if lines else task_result.errors[-1].exception_class_path
    error = sys.exc_info()[1]
    return f"{type(error).__name__}: {error}" if error is not None else "unknown error"


def report_failed_task(sender, task_result, **kwargs):
    """Log ``task_result`` when it failed (receiver of ``task_finished``)."""
    if task_result.status != TaskResultStatus.FAILED:
        return
    logger.error(
        "Task %s failed (id %s) with args=%r kwargs=%r: %s",
        task_result.task.module_path,
        task_result.id,
        list(task_result.args),
        dict(task_result.kwargs),
        failure_summary(task_result),
    )
