"""Helpers shared by the workspaces tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def user_in(group_name, username):
    """A new user who belongs to the (provisioned) group ``group_name``."""
    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


#: Two lead agencies (IDB and OAS) of one cluster, with the World Bank a member; OAS leads an
#: issue area: the smallest description where a contribution needs a joint sign-off.
JOINT_LEADS_DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  WB: {name: World Bank}
clusters:
  skills:
    lead: [IDB, OAS]
    members: [WB]
issue_areas:
  skills-area:
    lead: [OAS]
"""
