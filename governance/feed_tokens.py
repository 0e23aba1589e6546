"""A member's own address of the meetings calendar, for calendar apps (which send no login).

The address carries a token signed with the site's secret (``django.core.signing``) naming the
member. Whoever holds it sees the meetings, so it is shown only to its member; it stops
working as soon as its user is no longer a member (or is deactivated), and changing
``SECRET_KEY`` revokes every one.
"""

from django.contrib.auth import get_user_model
from django.core import signing

from .permissions import is_member

SALT = "governance.meetings-feed"


def feed_token(user):
    """The token of ``user``'s own meetings-calendar address."""
    return signing.dumps(user.pk, salt=SALT, compress=True)


def member_of_token(token):
    """The member a token names, or ``None`` (a forged token, or no longer a member)."""
    try:
        user_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    return user if user is not None and is_member(user) else None
