"""Who sees the subscriptions' counts: the editorial board and superusers."""

from egecms.workspaces.publishing import is_editorial_board


def may_see_counts(user):
    return user.is_authenticated and (user.is_superuser or is_editorial_board(user))
