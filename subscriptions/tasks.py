"""Background work of subscriptions, as tasks taking plain ids (the rows are read again when
the task runs: a subscription erased meanwhile sends nothing). A failing mail server raises,
the worker tries again, and nothing is sent twice (see :mod:`.mailing`)."""

from django_tasks import task

from egecms.background.mail import send_once

from . import mailing
from .models import Frequency, Subscription


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
