"""Who sees the bodies' pages (members) and who manages meetings and reports (the coordinator
and the editorial board), checked on the server for every governance view."""

from django.utils import timezone

from egecms.core.models import Agency
from egecms.core.models.canonical import canonical_locale_filter
from egecms.workspaces import roles
from egecms.workspaces.models import agency_ids_of

from .models import Appointment, Membership


def _in_board(user):
    return user.groups.filter(name=roles.EDITORIAL_BOARD).exists()


def member_agency_ids():
    """The member organisations (canonical rows; prospective ones are not members)."""
    return set(
        Agency.objects.filter(status=Agency.Status.MEMBER)
        .filter(**canonical_locale_filter())
        .values_list("pk", flat=True)
    )


def is_member(user):
    """Member agencies' people, the editorial board and superusers; not a prospective agency."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or _in_board(user):
        return True
    return bool(agency_ids_of(user) & member_agency_ids())


def is_coordinator(user, day=None):
    day = day or timezone.localdate()
    return Appointment.objects.filter(
        user=user, role=Appointment.Role.COORDINATOR, start__lte=day, end__gte=day
    ).exists()


def can_manage(user):
    """The coordinator of the day, the editorial board and superusers manage the bodies."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or _in_board(user) or is_coordinator(user)


def memberships_of(user, day=None):
    """``user``'s memberships active on ``day``."""
    day = day or timezone.localdate()
    return (
        Membership.objects.filter(user=user, term_start__lte=day)
        .exclude(term_end__lt=day)
        .select_related("body", "agency")
    )
