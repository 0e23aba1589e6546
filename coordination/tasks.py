"""Background work of the coordination app: finding overlaps and telling program managers.

Tasks take plain ids and read their rows again when they run; each e-mail leaves at most once
per recipient and flag (``egecms.background.mail``), so a retried task sends only what did not.
"""

from django.db import transaction
from django_tasks import task

from . import detection, notifications
from .models import OverlapFlag


def queue_notifications(flags):
    """Mail each of ``flags`` once the current transaction commits."""
    for flag in flags:
        transaction.on_commit(lambda pk=flag.pk: notify_overlap.enqueue(pk))


@task()
def detect_overlaps():
    """Flag new overlaps of missions and activities, and mail their program managers."""
    flags = detection.detect_overlaps()
    queue_notifications(flags)
    return len(flags)


@task()
def notify_overlap(flag_id):
    """The program managers of the agencies of flag ``flag_id`` hear of it (in their language)."""
    flag = OverlapFlag.objects.filter(pk=flag_id).first()
    if flag is None:
        return 0
    return notifications.notify_overlap(flag)
