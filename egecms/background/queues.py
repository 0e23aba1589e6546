"""The RQ queue of django-tasks-rq's jobs (``RQ_QUEUES[...]["QUEUE_CLASS"]``).

django-tasks-rq creates and enqueues RQ jobs itself, past django-rq's own commit handling and
without retries; this queue class, which django-rq builds for it and for the worker, adds both:

- a job enqueued inside a database transaction reaches Redis only when the transaction commits
  (and never if it rolls back), so a worker never reads rows that are not committed yet —
  Wagtail's own tasks (the reference index) included;
- every job gets RQ's ``Retry`` of ``EGECMS["TASK_RETRIES"]`` tries, ``["TASK_RETRY_INTERVALS"]``
  seconds apart (the worker runs with its scheduler for the intervals); a job that still fails
  stays in RQ's failed-job registry with its error, and :mod:`.reporting` logs it.
"""

import logging
from functools import partial

from django.conf import settings
from django.db import connection, transaction
from django_rq.queues import DjangoRQ
from rq import Retry

logger = logging.getLogger(__name__)


def default_retry():
    """RQ's ``Retry`` from the settings, or ``None`` when retries are switched off."""
    retries = settings.EGECMS.get("TASK_RETRIES", 3)
    if retries <= 0:
        return None
    return Retry(max=retries, interval=settings.EGECMS.get("TASK_RETRY_INTERVALS", [0]))


class CommitAwareQueue(DjangoRQ):
    """A django-rq queue whose jobs wait for the commit and carry their retries."""

    def create_job(self, *args, **kwargs):
        if kwargs.get("retry") is None:
            kwargs["retry"] = default_retry()
        return super().create_job(*args, **kwargs)

    def enqueue_job(self, job, pipeline=None, at_front=False, unique=False):
        if pipeline is None and connection.in_atomic_block:
            transaction.on_commit(partial(self._enqueue_committed, job, at_front, unique))
            return job
        return super().enqueue_job(job, pipeline=pipeline, at_front=at_front, unique=unique)

    def _enqueue_committed(self, job, at_front, unique):
        try:
            super().enqueue_job(job, at_front=at_front, unique=unique)
        except Exception:
            # The transaction is committed and the response may be on its way: say which job
            # could not be queued (Redis down), with its arguments, rather than fail the request.
            logger.exception(
                "Task %s could not be queued after the commit (args=%r, kwargs=%r)",
                job.func_name,
                job.args,
                job.kwargs,
            )
