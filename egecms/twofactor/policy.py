"""Who must use a second factor to reach the admin.

``EGECMS["TWO_FACTOR_REQUIRED_GROUPS"]`` lists group names, shell-style patterns allowed
(``"* program managers"`` is every agency's program managers); superusers always must.
``EGECMS["TWO_FACTOR_ENFORCED"]`` switches the whole check off (development and tests).
"""

from fnmatch import fnmatchcase

from django.conf import settings

DEFAULT_REQUIRED_GROUPS = ("Editorial board", "* program managers")
# Who may reset another user's second factors (besides superusers): the board, by the name
# provisioning gives its group (egecms.workspaces.roles.EDITORIAL_BOARD).
RESETTING_GROUP = "Editorial board"


def is_enforced():
    return settings.EGECMS.get("TWO_FACTOR_ENFORCED", True)


def required_group_patterns():
    return tuple(settings.EGECMS.get("TWO_FACTOR_REQUIRED_GROUPS", DEFAULT_REQUIRED_GROUPS))


def group_requires_two_factor(group_name, patterns=None):
    """Whether members of the group named ``group_name`` must use a second factor."""
    patterns = required_group_patterns() if patterns is None else patterns
    return any(fnmatchcase(group_name, pattern) for pattern in patterns)


def requires_two_factor(user):
    """Whether ``user`` must set up and use a second factor (superusers always do)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    patterns = required_group_patterns()
    if not patterns:
        return False
    names = user.groups.values_list("name", flat=True)
    return any(group_requires_two_factor(name, patterns) for name in names)


def may_reset(actor, user):
    """Whether ``actor`` may remove ``user``'s second factors: superusers anyone's, the
    editorial board anyone's but a superuser's. (Asked once per row of the user listing:
    the actor's membership is read once.)"""
    if not actor.is_authenticated or not actor.is_active:
        return False
    if actor.is_superuser:
        return True
    if not hasattr(actor, "_egecms_resets_two_factor"):
        actor._egecms_resets_two_factor = actor.groups.filter(name=RESETTING_GROUP).exists()
    return actor._egecms_resets_two_factor and not user.is_superuser
