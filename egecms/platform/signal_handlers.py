"""The platform's safety net that does not wait for provisioning to run again."""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import PageViewRestriction

from egecms.core.models import Agency
from egecms.workspaces import roles


def platform_groups():
    """The groups that see the platform: the editorial board and member agencies' groups."""
    return Group.objects.filter(
        Q(name=roles.EDITORIAL_BOARD) | Q(agency_link__agency__status=Agency.Status.MEMBER)
    )


def restrict_new_platform_page(sender, instance, **kwargs):
    """A platform page is never public, not even for a moment: a new copy (a new language, a
    page added by hand) is restricted as soon as it is saved, before provisioning runs."""
    if instance.get_view_restrictions().exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=instance, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(platform_groups())
