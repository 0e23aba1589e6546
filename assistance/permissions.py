"""Who may see and handle requests for assistance: a Wagtail permission policy.

- The editorial board and superusers see every request, with its contact data, and may erase
  one on the requester's demand.
- A program manager sees the requests routed to (or assigned to) their agency, with the
  contact data, and handles them: status, notes, routing on, export.
- Nobody else sees a request: not editors, translators, other agencies' program managers nor
  the public (the requester has their private status link, which shows no contact data).

The policy reads roles (the board's group, agencies' program managers groups), not Django's
model permissions: granting "change request for assistance" to a group would not open the
requests of other agencies to it. Registered for :class:`~services.models.AssistanceRequest`
in ``ServicesConfig.ready()``; the admin views (``.admin_views``) ask it on every request.

Actions: ``view`` (the queue; one request, with its contact data), ``change`` (its status,
notes, routing), ``export``, and ``delete`` (erasure). Nobody may ``add`` one in the admin:
requests come from the public form.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from egecms.workspaces import roles
from egecms.workspaces.models import AgencyGroup

HANDLING = frozenset({"view", "change", "export"})
ERASING = frozenset({"delete"})

PROGRAM_MANAGERS = AgencyGroup.Role.PROGRAM_MANAGERS


@dataclass(frozen=True)
class RequestAccess:
    """What one user may reach: every request, or those of ``agency_ids`` (none: nothing)."""

    every: bool = False
    agency_ids: frozenset = frozenset()

    def allows(self, actions):
        """Whether any of ``actions`` is open to the user on some request."""
        actions = set(actions)
        if self.every:
            return bool(actions & (HANDLING | ERASING))
        return bool(self.agency_ids) and bool(actions & HANDLING)


NO_ACCESS = RequestAccess()


class AssistanceRequestPermissionPolicy(BasePermissionPolicy):
    """Requests for assistance: the board and superusers on every one, program managers on
    those routed or assigned to their agency (see the module's docstring)."""

    permission_cache_name = "_egecms_request_access"

    def get_all_permissions_for_user(self, user):
        """The user's :class:`RequestAccess` (cached on the user for the request)."""
        if not user or not user.is_authenticated or not user.is_active:
            return NO_ACCESS
        if user.is_superuser:
            return RequestAccess(every=True)
        return RequestAccess(
            every=user.groups.filter(name=roles.EDITORIAL_BOARD).exists(),
            agency_ids=frozenset(
                AgencyGroup.objects.filter(group__user=user, role=PROGRAM_MANAGERS).values_list(
                    "agency_id", flat=True
                )
            ),
        )

    def access(self, user):
        return self.get_cached_permissions_for_user(user)

    # Model-wide questions: may the user do this on some request?

    def user_has_permission(self, user, action):
        return self.access(user).allows({action})

    def user_has_any_permission(self, user, actions):
        return self.access(user).allows(actions)

    def users_with_any_permission(self, actions):
        actions = set(actions)
        if not actions & (HANDLING | ERASING):
            return get_user_model().objects.none()
        who = Q(is_superuser=True) | Q(groups__name=roles.EDITORIAL_BOARD)
        if actions & HANDLING:
            who |= Q(groups__agency_link__role=PROGRAM_MANAGERS)
        return get_user_model().objects.filter(who, is_active=True).distinct()

    # One request: its routed or assigned agencies' program managers, the board, superusers.

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        access = self.access(user)
        if not access.allows(actions):
            return False
        if access.every:
            return True
        if not set(actions) & HANDLING:
            return False
        if instance.assigned_agency_id in access.agency_ids:
            return True
        return instance.routings.filter(agency_id__in=access.agency_ids).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        requests = self.model._default_manager.all()
        access = self.access(user)
        if not access.allows(actions):
            return requests.none()
        if access.every:
            return requests
        if not set(actions) & HANDLING:
            return requests.none()
        handled = self.model._default_manager.filter(
            Q(routings__agency_id__in=access.agency_ids)
            | Q(assigned_agency_id__in=access.agency_ids)
        ).values("pk")
        return requests.filter(pk__in=handled)

    def users_with_any_permission_for_instance(self, actions, instance):
        actions = set(actions)
        if not actions & (HANDLING | ERASING):
            return get_user_model().objects.none()
        who = Q(is_superuser=True) | Q(groups__name=roles.EDITORIAL_BOARD)
        if actions & HANDLING:
            agency_ids = {*instance.routings.values_list("agency_id", flat=True)}
            if instance.assigned_agency_id:
                agency_ids.add(instance.assigned_agency_id)
            who |= Q(
                groups__agency_link__role=PROGRAM_MANAGERS,
                groups__agency_link__agency_id__in=agency_ids,
            )
        return get_user_model().objects.filter(who, is_active=True).distinct()
