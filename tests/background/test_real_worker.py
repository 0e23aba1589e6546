"""Background work on the real queue: RQ on the local Redis, run by RQ's own worker.

The worker is RQ's ``SimpleWorker`` in burst mode, in this process (it runs the queued jobs,
retries included, then stops), so it reads the test's database rows through the test's own
connection. The queue lives in a Redis database of its own (``RQ_QUEUES`` of the test
settings, ``TASKS_TEST_REDIS_URL``), flushed before and after each test; without a Redis on
127.0.0.1 the tests are skipped and say so.
"""

import logging
from smtplib import SMTPException
from unittest import mock

import django_rq
import pytest
import redis
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMessage
from django_tasks import TaskResultStatus, task_backends
from django_tasks_rq import Job
from rq import SimpleWorker
from rq.registry import FailedJobRegistry

from assistance import tasks
from assistance.models import AssistanceRequest
from assistance.submission import submit_request
from egecms.background.health import worker_health
from egecms.background.models import SentMessage
from egecms.workspaces import roles

REQUESTER = "ana@ministerio.example"
RETRIES = 2


@pytest.fixture
def queue(settings):
    connection = redis.Redis.from_url(settings.RQ_QUEUES["default"]["URL"])
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {settings.RQ_QUEUES['default']['URL']}")
    connection.flushdb()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.EGECMS = {**settings.EGECMS, "TASK_RETRIES": RETRIES, "TASK_RETRY_INTERVALS": [0]}
    yield django_rq.get_queue("default", job_class=Job)
    connection.flushdb()


class BurstWorker(SimpleWorker):
    """RQ's in-process worker without its command channel (kill, stop: not needed for one
    burst). With redis-py 8, closing that channel waits out its 60-second poll, which RQ 3.0
    does not expect; it would add a minute to every run."""

    def subscribe(self):
        pass


def run_worker(queue):
    """Run every queued job (and its retries) to the end, as ``rqworker --burst`` would."""
    BurstWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)


def request_fields(locales):
    """What a Peruvian ministry types into the form (in Spanish, on the English page)."""
    return {
        "country": "PE",
        "institution": "Ministerio",
        "contact_name": "Ana",
        "email": REQUESTER,
        "need": "A need",
        "urgency": "high",
        "preferred_language": "es",
        "locale": locales["en"],
    }


def submit(locales, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return submit_request(**request_fields(locales))


@pytest.fixture
def board(db):
    group = Group.objects.create(name=roles.EDITORIAL_BOARD)
    members = []
    for name in ("first", "second"):
        member = get_user_model().objects.create_user(name, email=f"{name}@board.example")
        member.groups.add(group)
        members.append(member)
    return members


@pytest.mark.django_db
def test_a_submission_reaches_the_queue_at_the_commit_and_the_worker_sends_its_emails(
    queue, locales, board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        assistance_request = submit_request(**request_fields(locales))
    # Nothing in Redis before the commit: a worker never reads rows not committed yet.
    assert queue.count == 0 and waiting
    with django_capture_on_commit_callbacks(execute=True):  # the commit
        for callback in waiting:
            callback()
    assert queue.count == 2  # the acknowledgement; the board told that nothing matched
    assert mail.outbox == []

    run_worker(queue)

    assistance_request.refresh_from_db()
    assert assistance_request.acknowledged_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [REQUESTER, "first@board.example", "second@board.example"]
    )


@pytest.mark.django_db
def test_a_failing_task_is_retried_then_kept_as_failed_with_its_error_and_logged(
    queue, locales, django_capture_on_commit_callbacks, caplog
):
    assistance_request = submit(locales, django_capture_on_commit_callbacks)
    queue.empty()
    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.send_acknowledgement.enqueue(assistance_request.pk, None)

    with (
        mock.patch.object(EmailMessage, "send", side_effect=SMTPException("mail server down")),
        caplog.at_level(logging.ERROR, logger="egecms.background.tasks"),
    ):
        run_worker(queue)
        tries = EmailMessage.send.call_count

    assert tries == 1 + RETRIES
    assert FailedJobRegistry(queue=queue).get_job_ids() == [result.id]
    failed = task_backends["default"].get_result(result.id)
    assert failed.status == TaskResultStatus.FAILED
    assert "MailNotSent: acknowledgement of AR-" in failed.errors[-1].traceback
    reports = [r.getMessage() for r in caplog.records if r.name == "egecms.background.tasks"]
    assert len(reports) == 1 + RETRIES  # each try, with what it was given and why it failed
    assert f"args=[{assistance_request.pk}, None]" in reports[-1]
    assert "MailNotSent: acknowledgement of AR-" in reports[-1]
    assert AssistanceRequest.objects.get(pk=assistance_request.pk).acknowledged_at is None
    assert not SentMessage.objects.exists()
    health = worker_health()
    assert health.failed == 1 and health.queued == 0


@pytest.mark.django_db
def test_a_retry_after_a_half_sent_notification_sends_nothing_twice(
    queue, locales, board, django_capture_on_commit_callbacks
):
    send = EmailMessage.send
    refused = []

    def second_member_refused_once(message, *args, **kwargs):
        if message.to == ["second@board.example"] and not refused:
            refused.append(message)
            raise SMTPException("try again later")
        return send(message, *args, **kwargs)

    with mock.patch.object(EmailMessage, "send", second_member_refused_once):
        submit(locales, django_capture_on_commit_callbacks)
        run_worker(queue)

    assert refused  # the first try failed half-way; the retry finished the job
    to_board = [message.to[0] for message in mail.outbox if message.to[0] != REQUESTER]
    assert sorted(to_board) == ["first@board.example", "second@board.example"]
    assert FailedJobRegistry(queue=queue).count == 0
    assert SentMessage.objects.count() == 3  # the acknowledgement and the two members


@pytest.mark.django_db
def test_the_health_check_sees_the_queue_and_its_live_workers(queue):
    idle = worker_health()
    assert (idle.backend, idle.reachable, idle.workers) == ("rq", True, 0)
    assert not idle.ok and idle.problems == ("no worker is running",)

    worker = BurstWorker([queue], connection=queue.connection, job_class=Job)
    worker.register_birth()
    try:
        assert worker_health().ok and worker_health().workers == 1
    finally:
        worker.register_death()
