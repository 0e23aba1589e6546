"""The health of background work, as a plain function a health check or a page can call.

    >>> worker_health()
    WorkerHealth(backend='rq', reachable=True, workers=1, queued=0, failed=2, problems=())

With the immediate backend there is no queue and no worker to watch: tasks run inside the
request, and the answer is always healthy.
"""

from dataclasses import dataclass

import django_rq
from django_tasks import task_backends
from health_check.exceptions import ServiceUnavailable
from redis.exceptions import RedisError
from rq import Worker
from rq.registry import FailedJobRegistry

IMMEDIATE = "immediate"
RQ = "rq"


@dataclass(frozen=True)
class WorkerHealth:
    """What :func:`worker_health` found; ``ok`` when ``problems`` is empty. Failed jobs are
    counted, not a problem: they wait in the failed-job registry for someone to look."""

    backend: str
    reachable: bool = True
    workers: int = 0
    queued: int = 0
    failed: int = 0
    problems: tuple = ()

    @property
    def ok(self):
        return not self.problems


def worker_kind(alias="default"):
    """``"rq"`` when the task backend ``alias`` queues to RQ, else ``"immediate"``."""
    return RQ if type(task_backends[alias]).__module__.startswith("django_tasks_rq") else IMMEDIATE


def worker_health(alias="default"):
    """Whether the queues of the task backend ``alias`` are reachable and served by at least one
    live worker, with the number of queued and failed jobs (summed over its queues)."""
    backend = task_backends[alias]
    if worker_kind(alias) != RQ:
        return WorkerHealth(backend=IMMEDIATE)
    workers = queued = failed = 0
    try:
        for name in sorted(backend.queues):
            queue = django_rq.get_queue(name)
            queue.connection.ping()
            workers += Worker.count(queue=queue)
            queued += queue.count
            failed += FailedJobRegistry(queue=queue).count
    except RedisError as error:
        return WorkerHealth(
            backend=RQ, reachable=False, problems=(f"Redis unreachable: {type(error).__name__}",)
        )
    problems = () if workers else ("no worker is running",)
    return WorkerHealth(
        backend=RQ, workers=workers, queued=queued, failed=failed, problems=problems
    )


def require_worker():
    """The worker's check of ``/healthz`` (``EGECMS["HEALTH_CHECK_FUNCTIONS"]``): raises
    ``ServiceUnavailable`` naming each problem (never an address or a credential)."""
    health = worker_health()
    if not health.ok:
        raise ServiceUnavailable("; ".join(health.problems))
