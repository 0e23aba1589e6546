"""The editorial policy rules, as plain functions: which version is current, who accepted it."""

from .models import EditorialPolicy, PolicyAcceptance


def current_policy(language_code=None):
    """The newest version, in ``language_code`` when translated (else the default language)."""
    return EditorialPolicy.objects.current(language_code)


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
