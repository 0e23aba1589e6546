"""Absolute addresses of a subscription's own pages, for e-mails and headers."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from egecms.core.absolute_urls import absolute_url


def site_url(path):
    """``path`` as an absolute URL: the canonical base URL when set, else the admin's base."""
    return absolute_url(path) or settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def subscription_url(name, subscription):
    """The absolute URL of the view ``name`` (confirm, manage, unsubscribe, erase, feed) of
    ``subscription``, under its language's prefix."""
    with translation.override(subscription.language):
        return site_url(reverse(f"subscriptions:{name}", args=[subscription.token]))
