"""What a reader does with a subscription, as plain functions (the views call them).

Subscribing stores the address and choices unconfirmed and sends the double opt-in message;
nothing is sent to the address until its link is followed. Unsubscribing stops every message
at once; erasing removes the address and the record of what was sent to it.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .filters import clean_filters
from .models import Frequency, Subscription
from .tasks import send_confirmation


class SubscriptionError(Exception):
    """A subscription cannot be made as asked; the message says why (translated)."""


def subscribe(*, email, language, frequency, filters):
    """An unconfirmed subscription of ``email`` (the same unconfirmed one again when asked
    twice), and its confirmation message on its way."""
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise SubscriptionError(_("Enter a valid e-mail address.")) from error
    if language not in dict(settings.LANGUAGES):
        raise SubscriptionError(_("Choose one of the site's languages."))
    if frequency not in Frequency.values:
        raise SubscriptionError(_("Choose how often you want to hear from us."))
    filters = clean_filters(filters)
    if too_many_unconfirmed(email):
        raise SubscriptionError(
            _(
                "This address has subscriptions waiting for their confirmation: follow the "
                "link we sent, or try again tomorrow."
            )
        )
    with transaction.atomic():
        subscription = Subscription.objects.filter(
            email__iexact=email,
            language=language,
            frequency=frequency,
            filters=filters,
            confirmed_at__isnull=True,
            unsubscribed_at__isnull=True,
        ).first() or Subscription.objects.create(
            email=email, language=language, frequency=frequency, filters=filters
        )
        send_confirmation.enqueue(subscription.pk)
    return subscription


#: At most this many unconfirmed subscriptions of one address a day: nobody can make the
#: site send an address more than a few confirmation messages.
MAX_UNCONFIRMED_A_DAY = 3


def too_many_unconfirmed(email):
    since = timezone.now() - timedelta(days=1)
    return (
        Subscription.objects.filter(
            email__iexact=email, confirmed_at__isnull=True, created_at__gte=since
        ).count()
        >= MAX_UNCONFIRMED_A_DAY
    )


def confirm(subscription):
    """Confirm ``subscription`` (following the link again changes nothing)."""
    if subscription.confirmed_at is None or subscription.unsubscribed_at is not None:
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return subscription


def unsubscribe(subscription):
    """No message is sent to ``subscription`` any more."""
    if subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return subscription


def change(subscription, *, language, frequency, filters):
    """New choices for ``subscription`` (what was sent stays sent)."""
    if language not in dict(settings.LANGUAGES) or frequency not in Frequency.values:
        raise SubscriptionError(_("Choose a language and how often."))
    subscription.language = language
    subscription.frequency = frequency
    subscription.filters = clean_filters(filters)
    subscription.save(update_fields=["language", "frequency", "filters"])
    return subscription


def erase_address(email):
    """Every subscription of ``email`` and the record of what was sent to it, gone; how many
    subscriptions there were."""
    found = Subscription.objects.filter(email__iexact=(email or "").strip())
    count = found.count()
    found.delete()
    return count


def record_bounce(email):
    """The mail backend reported that a message to ``email`` bounced (for the board's counts)."""
    return Subscription.objects.filter(email__iexact=email).update(bounces=F("bounces") + 1)


#: An address whose confirmation link was never followed is forgotten after this long.
UNCONFIRMED_KEPT = timedelta(days=30)


def forget_unconfirmed(*, now=None):
    """Delete subscriptions never confirmed within :data:`UNCONFIRMED_KEPT`; how many."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_KEPT
    deleted, _rows = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted
