"""Subscriptions and notifications follow what happens:

- an item published reaches the subscriptions that hear of items as they come (their digest
  is built by a task, after the item's search document);
- a workflow task started tells whom it waits for; an original published anew tells its
  translators (a translation waits, or theirs is out of date);
- a request for assistance routed (``assistance.signals.request_routed``, connected in
  :meth:`SubscriptionsConfig.ready` when the assistance app is installed).

Nothing is told while the demo loader writes (search documents deferred, translations'
sync suspended).
"""

from wagtail.models import TaskState
from wagtail.signals import page_published, task_submitted

from egecms.core.registry import contribution_types
from egecms.localization.sync import is_original, is_suspended
from egecms.search.documents import is_deferred

from . import tasks


def _loading():
    return is_deferred() or is_suspended()


def on_published(sender, instance, revision=None, **kwargs):
    if _loading() or type(instance) not in contribution_types:
        return
    tasks.send_immediate_digests.enqueue()
    if is_original(instance):
        tasks.notify_original_published.enqueue(
            instance.pk, getattr(revision, "pk", None), getattr(revision, "user_id", None)
        )


def on_task_submitted(sender, instance, user=None, **kwargs):
    if _loading():
        return
    tasks.notify_task_waiting.enqueue(instance.pk, getattr(user, "pk", None))


def on_request_routed(sender, request_record, agencies, actor=None, **kwargs):
    tasks.note_request_routed.enqueue(
        request_record.reference,
        [agency.pk for agency in agencies],
        [agency.acronym for agency in agencies],
        getattr(actor, "pk", None),
    )


WAGTAIL_GROUP_APPROVAL_NOTIFIER = "group_approval_task_submitted_email_notification"


def wagtail_notifier_replaced(sender, **kwargs):
    """Held under the ``dispatch_uid`` of Wagtail's own e-mail to a group approval task's
    groups, so that Wagtail's is not connected: the task's groups are told by
    :func:`on_task_submitted`, in each user's language and by their choice, instead of
    twice."""


def connect():
    page_published.connect(on_published, dispatch_uid="subscriptions_published")
    task_submitted.connect(on_task_submitted, dispatch_uid="subscriptions_task_submitted")
    # Whichever app is ready first: Wagtail's receiver, if already connected, is taken off,
    # and the one held under its dispatch_uid keeps it from being connected later.
    task_submitted.disconnect(sender=TaskState, dispatch_uid=WAGTAIL_GROUP_APPROVAL_NOTIFIER)
    task_submitted.connect(
        wagtail_notifier_replaced, sender=TaskState, dispatch_uid=WAGTAIL_GROUP_APPROVAL_NOTIFIER
    )
