"""Which subscriptions are due for their digest: each hears at most once per period of its
frequency (counted from its last message, or from its confirmation); those that hear of each
item as it is published are always due."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from .models import Frequency, Subscription

#: A digest is due a little before its full period, so that a daily run at a fixed hour
#: does not skip a day when the previous run finished a few minutes late.
SLACK = timedelta(hours=2)
PERIODS = {
    Frequency.DAILY: timedelta(days=1),
    Frequency.WEEKLY: timedelta(days=7),
    Frequency.MONTHLY: timedelta(days=30),
}


def due_subscriptions(*, frequency=None, now=None):
    """Confirmed subscriptions (of ``frequency``, if given) whose digest is due ``now``."""
    now = now or timezone.now()
    subscriptions = Subscription.objects.confirmed()
    if frequency:
        subscriptions = subscriptions.filter(frequency=frequency)
    due = Q(frequency=Frequency.IMMEDIATE)
    for each, period in PERIODS.items():
        since = now - period + SLACK
        due |= Q(frequency=each) & (
            Q(last_sent_at__lte=since) | Q(last_sent_at__isnull=True, confirmed_at__lte=since)
        )
    return subscriptions.filter(due).order_by("pk")
