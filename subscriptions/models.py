"""Readers' subscriptions and what each was sent.

A :class:`Subscription` holds an e-mail address and its choices only: the search facets it
follows (``filters``), its language and how often it hears. Nothing else of the reader is
kept; :func:`subscriptions.actions.erase_address` removes the address and everything sent to it.
A :class:`Delivery` records that an item (by its ``translation_key``, so that every language
of it counts as one) reached a subscription: it is never sent there again.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As each item is published")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscription(models.Model):
    """One reader's choice of what to hear of, in which language, how often."""

    email = models.EmailField(_("e-mail address"), db_index=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    #: ``{facet: [value, ...]}`` with the search's facet names (``egecms.search.facets``):
    #: any value of a facet, every facet given.
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True)
    messages_sent = models.PositiveIntegerField(_("messages sent"), default=0)
    bounces = models.PositiveIntegerField(_("bounces"), default=0)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email} ({self.get_frequency_display()})"

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class Delivery(models.Model):
    """An item (every language of it) sent to a subscription: never sent there again."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    translation_key = models.UUIDField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "translation_key"], name="subscriptions_sent_once"
            )
        ]

    def __str__(self):
        return f"{self.subscription_id}: {self.translation_key}"


class NotificationKind(models.TextChoices):
    SIGN_OFF = "sign_off", _("A contribution waits for my agency's sign-off or my review")
    TRANSLATION = "translation", _("A translation waits for my language")
    REQUEST = "request", _("A request for assistance is routed to my agency")
    STALE = "stale", _("A translation of mine is out of date")


class NotificationChoice(models.TextChoices):
    NOW = "now", _("E-mail now")
    DAILY = "daily", _("A daily summary")
    NONE = "none", _("None")


class NotificationPreference(models.Model):
    """How a staff user hears of one kind of notification (e-mail now without a row)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    choice = models.CharField(
        _("how"), max_length=10, choices=NotificationChoice.choices, default=NotificationChoice.NOW
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="subscriptions_one_choice")
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind}: {self.choice}"


class PendingNotification(models.Model):
    """A notification kept for its user's daily summary (sent, then deleted)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    key = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    url = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pending notification")
        verbose_name_plural = _("pending notifications")
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="subscriptions_pending_once")
        ]

    def __str__(self):
        return self.subject
