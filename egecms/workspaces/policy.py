"""The editorial policy rules, as plain functions: which version is current, who accepted it."""

from django.conf import settings
from wagtail.models import Locale

from .models import EditorialPolicy, PolicyAcceptance


def current_policy(language_code=None):
    """The newest version, in ``language_code`` when translated (else the default language)."""
    canonical = (
        EditorialPolicy.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-version")
        .first()
    )
    if canonical is None or not language_code or language_code == settings.LANGUAGE_CODE:
        return canonical
    locale = Locale.objects.filter(language_code=language_code).first()
    return (canonical.get_translation_or_none(locale) if locale else None) or canonical


def has_accepted_current_policy(user):
    """True when the user accepted the current version (or no policy is published yet)."""
    policy = current_policy()
    if policy is None:
        return True
    return PolicyAcceptance.objects.filter(user=user, version=policy.version).exists()


def accept_policy(user, version):
    """Record that ``user`` accepts ``version``; accepting twice keeps the first record."""
    acceptance, _created = PolicyAcceptance.objects.get_or_create(user=user, version=version)
    return acceptance
