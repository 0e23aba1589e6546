"""The messages to subscribers, rendered in their language: the confirmation (double opt-in)
and the digest, which carries the one-click unsubscribe of RFC 8058 (``List-Unsubscribe`` and
``List-Unsubscribe-Post``) and the link to manage the subscription.

A digest leaves once: the items are recorded as delivered in the same transaction as the
sending (:func:`send_digest`), so a failing mail server sends nothing and records nothing (the
task is tried again), and a task tried again after a success finds nothing new to send.
"""

import hashlib
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation

from egecms.background.mail import render_email, send_once

from .digests import build_digest
from .filters import describe, describe_text
from .links import subscription_url
from .models import Delivery, Subscription

logger = logging.getLogger(__name__)

CONFIRM_TEMPLATES = "subscriptions/email/confirm"
DIGEST_TEMPLATES = "subscriptions/email/digest"


def site_name():
    return getattr(settings, "WAGTAIL_SITE_NAME", "egecms")


def confirmation_message(subscription):
    """The double opt-in message: what was asked for, and the link that confirms it."""
    context = {
        "site_name": site_name(),
        "filters": describe(subscription.filters, subscription.language),
        "filters_text": describe_text(subscription.filters, subscription.language),
        "frequency": _frequency_label(subscription),
        "confirm_url": subscription_url("confirm", subscription),
    }
    return render_email(
        CONFIRM_TEMPLATES, context, to=[subscription.email], language=subscription.language
    )


def _frequency_label(subscription):
    with translation.override(subscription.language):
        return str(subscription.get_frequency_display())


def unsubscribe_headers(subscription):
    """RFC 8058's one-click unsubscribe (and RFC 2369's link)."""
    return {
        "List-Unsubscribe": f"<{subscription_url('unsubscribe', subscription)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def digest_message(digest):
    """The message of a non-empty :class:`~subscriptions.digests.Digest`."""
    subscription = digest.subscription
    context = {
        "site_name": site_name(),
        "groups": digest.groups,
        "count": len(digest.items),
        "filters_text": describe_text(subscription.filters, subscription.language),
        "manage_url": subscription_url("manage", subscription),
        "unsubscribe_url": subscription_url("unsubscribe", subscription),
    }
    return render_email(
        DIGEST_TEMPLATES,
        context,
        to=[subscription.email],
        language=subscription.language,
        headers=unsubscribe_headers(subscription),
    )


def digest_key(digest):
    digest_of_keys = hashlib.sha256("|".join(digest.keys).encode()).hexdigest()[:32]
    return f"subscriptions:digest:{digest.subscription.pk}:{digest_of_keys}"


def send_digest(subscription, *, dry_run=False):
    """Build and send the digest of ``subscription``; the digest (empty: nothing sent).

    Raises what the mail server raised: nothing is then recorded, and the task is retried.
    """
    digest = build_digest(subscription)
    if not digest or dry_run:
        return digest
    message = digest_message(digest)
    with transaction.atomic():
        Delivery.objects.bulk_create(
            [Delivery(subscription=subscription, translation_key=key) for key in digest.keys]
        )
        if send_once(message, key=digest_key(digest)):
            Subscription.objects.filter(pk=subscription.pk).update(
                last_sent_at=timezone.now(), messages_sent=F("messages_sent") + 1
            )
    return digest
