"""Background work of subscriptions, as tasks taking plain ids (the rows are read again when
the task runs: a subscription erased meanwhile sends nothing). A failing mail server raises,
the worker tries again, and nothing is sent twice (see :mod:`.mailing`)."""

from django.utils.translation import get_language_info
from django_tasks import task
from wagtail.models import Locale, Page, TaskState

from egecms.background.mail import send_once

from . import mailing, notifications
from .models import Frequency, NotificationKind, Subscription


@task()
def send_confirmation(subscription_id):
    """The double opt-in message of subscription ``subscription_id``."""
    subscription = Subscription.objects.filter(
        pk=subscription_id, confirmed_at__isnull=True
    ).first()
    if subscription is None:
        return False
    message = mailing.confirmation_message(subscription)
    return send_once(message, key=f"subscriptions:confirm:{subscription.token}")


@task()
def send_digest(subscription_id):
    """The next digest of subscription ``subscription_id``; how many items it held."""
    subscription = Subscription.objects.confirmed().filter(pk=subscription_id).first()
    if subscription is None:
        return 0
    return len(mailing.send_digest(subscription).items)


@task()
def send_immediate_digests():
    """Each subscription that hears of every item as it is published gets what is new."""
    ids = Subscription.objects.confirmed().filter(frequency=Frequency.IMMEDIATE)
    for subscription_id in ids.values_list("pk", flat=True):
        send_digest.enqueue(subscription_id)


@task()
def notify_task_waiting(task_state_id, actor_id=None):
    """Whoever a workflow task just started waits for hears of it (see :mod:`.notifications`)."""
    task_state = (
        TaskState.objects.filter(pk=task_state_id, status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state", "task")
        .first()
    )
    if task_state is None:
        return 0
    kind, users = notifications.sign_off_recipients(task_state)
    page = task_state.workflow_state.content_object
    context = {"title": page.title, "url": notifications.page_admin_url(page)}
    if kind == NotificationKind.TRANSLATION:
        context["language_name"] = get_language_info(page.locale.language_code)["name_translated"]
    told = notifications.notify(
        kind=kind, key=f"task:{task_state.pk}", users=users, actor_id=actor_id, context=context
    )
    return len(told)


@task()
def notify_original_published(page_id, revision_id, actor_id=None):
    """An original published anew: each other language's translators hear that a translation
    waits, and whoever published a copy that it is out of date."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        return 0
    stale = notifications.stale_translations(page)
    stale_users = {user.pk for _copy, user in stale}
    told = 0
    for copy, user in stale:
        told += len(
            notifications.notify(
                kind=NotificationKind.STALE,
                key=f"stale:{copy.pk}:{revision_id}",
                users=[user],
                actor_id=actor_id,
                context={"title": copy.title, "url": notifications.page_admin_url(copy)},
            )
        )
    copies = {copy.locale.language_code: copy for copy in page.get_translations()}
    for locale in Locale.objects.exclude(pk=page.locale_id):
        translators = [
            user
            for user in notifications.translators_of(locale.language_code)
            if user.pk not in stale_users
        ]
        target = copies.get(locale.language_code, page)
        told += len(
            notifications.notify(
                kind=NotificationKind.TRANSLATION,
                key=f"translate:{page.pk}:{revision_id}:{locale.language_code}",
                users=translators,
                actor_id=actor_id,
                context={
                    "title": page.title,
                    "url": notifications.page_admin_url(target),
                    "language_name": get_language_info(locale.language_code)["name_translated"],
                },
            )
        )
    return told


@task()
def note_request_routed(reference, agency_ids, agency_names, actor_id=None):
    """The program managers of the agencies a request was routed to find it in their daily
    summary, if they chose one (the assistance app e-mails the others at once itself)."""
    users = notifications.program_managers_of(agency_ids)
    notifications.notify(
        kind=NotificationKind.REQUEST,
        key=f"request:{reference}:{'-'.join(str(pk) for pk in sorted(agency_ids))}",
        users=users,
        actor_id=actor_id,
        context={"title": reference, "agency_name": ", ".join(agency_names), "url": ""},
        emails=False,
    )
    return len(users)
