"""Who sees the overlap flags, and who closes and reopens them.

- The program managers of the agencies a flag concerns (those who are e-mailed about it) see
  it, propose or join its joint mission, close it with a reason and reopen it.
- The editorial board and superusers see every flag and may close or reopen any; joining a
  mission stays an agency's decision (:mod:`coordination.actions`).
- Nobody else sees any: the listing answers 403, a flag 404.
"""

from egecms.workspaces.publishing import is_editorial_board

from .models import OverlapFlag
from .notifications import program_manager_agency_ids


def oversees_every_flag(user):
    """Superusers and the editorial board: every flag, whichever agencies it concerns."""
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or is_editorial_board(user)
    )


def may_see_overlaps(user):
    return oversees_every_flag(user) or bool(program_manager_agency_ids(user))


def visible_flags(user):
    """Every flag ``user`` sees, closed ones included (newest first), ready to describe."""
    flags = OverlapFlag.objects.select_related(
        "first_mission__agency",
        "second_mission__agency",
        "first_activity",
        "second_activity",
        "closed_by",
    ).prefetch_related("agencies", "topics", "participants__agency")
    if oversees_every_flag(user):
        return flags
    agency_ids = program_manager_agency_ids(user)
    if not agency_ids:
        return flags.none()
    return flags.filter(pk__in=OverlapFlag.objects.filter(agencies__in=agency_ids).values("pk"))


def may_close(user, flag):
    """Whether ``user`` may close or reopen ``flag``: the board, a superuser, or a program
    manager of one of its agencies."""
    if oversees_every_flag(user):
        return True
    flag_agencies = {agency.pk for agency in flag.agencies.all()}
    return bool(program_manager_agency_ids(user) & flag_agencies)
