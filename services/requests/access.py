"""Who may see and handle requests for assistance (checked on the server by every view).

- The editorial board and superusers see every request, with its contact data, and may erase
  one on the requester's demand.
- A program manager sees the requests routed to (or assigned to) their agency, with the
  contact data, and handles them: status, notes, routing on, export.
- Nobody else sees a request: not editors, translators, other agencies' program managers nor
  the public (the requester has their private status link, which shows no contact data).
"""

from django.db.models import Q

from egecms.workspaces import roles
from egecms.workspaces.models import AgencyGroup
from services.models import AssistanceRequest

_CACHE_ATTR = "_egecms_request_access"


def _access(user):
    """``(sees every request, {agency ids the user is a program manager of})``, cached on
    the user object for the request."""
    if not user or not user.is_authenticated or not user.is_active:
        return False, frozenset()
    if not hasattr(user, _CACHE_ATTR):
        if user.is_superuser:
            access = (True, frozenset())
        else:
            access = (
                user.groups.filter(name=roles.EDITORIAL_BOARD).exists(),
                frozenset(
                    AgencyGroup.objects.filter(
                        group__user=user, role=AgencyGroup.Role.PROGRAM_MANAGERS
                    ).values_list("agency_id", flat=True)
                ),
            )
        setattr(user, _CACHE_ATTR, access)
    return getattr(user, _CACHE_ATTR)


def sees_every_request(user):
    """The editorial board and superusers."""
    return _access(user)[0]


def managed_agency_ids(user):
    """The agencies ``user`` is a program manager of."""
    return _access(user)[1]


def may_use_queue(user):
    """Whether the admin shows ``user`` the requests queue at all."""
    every, agencies = _access(user)
    return every or bool(agencies)


def visible_requests(user, queryset=None):
    """The requests ``user`` may see (and handle), as a queryset."""
    queryset = AssistanceRequest.objects.all() if queryset is None else queryset
    every, agencies = _access(user)
    if every:
        return queryset
    if not agencies:
        return queryset.none()
    routed = AssistanceRequest.objects.filter(
        Q(routings__agency_id__in=agencies) | Q(assigned_agency_id__in=agencies)
    ).values("pk")
    return queryset.filter(pk__in=routed)


def may_handle(user, assistance_request):
    """Whether ``user`` may see ``assistance_request`` with its contact data and act on it."""
    every, agencies = _access(user)
    if every:
        return True
    if not agencies:
        return False
    if assistance_request.assigned_agency_id in agencies:
        return True
    return assistance_request.routings.filter(agency_id__in=agencies).exists()


def may_erase(user, assistance_request):
    """Erasing a request on its requester's demand: the editorial board and superusers."""
    return sees_every_request(user)
