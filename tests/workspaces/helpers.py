"""Helpers shared by the workspaces tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def user_in(group_name, username):
    """A new user who belongs to the (provisioned) group ``group_name``."""
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user
