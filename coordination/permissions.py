"""Who may see and change missions: the member agencies only, never the public.

- Superusers: every mission.
- A user in a member agency's group (its editors or program managers): sees every mission
  (they are shared among the member agencies to coordinate), adds missions of their own
  agencies, and changes or deletes only those. A prospective agency's people see none until
  the agency is admitted.
- Anybody else (translators, the board alone, the public): nothing.

Roles are read from the agencies' groups (:class:`~egecms.workspaces.models.AgencyGroup`), not
from Django's model permissions, like the assistance app's requests.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from egecms.core.models import Agency
from egecms.workspaces.models import member_agency_ids_of

SEEING = frozenset({"view"})
CHANGING = frozenset({"add", "change", "delete"})


@dataclass(frozen=True)
class MissionAccess:
    """``every``: any mission; ``agency_ids``: the agencies whose missions the user manages."""

    every: bool = False
    agency_ids: frozenset = frozenset()

    @property
    def member(self):
        return self.every or bool(self.agency_ids)

    def allows(self, actions):
        return self.member and bool(set(actions) & (SEEING | CHANGING))


class MissionPermissionPolicy(BasePermissionPolicy):
    """Missions: members see all, change their agencies' own (see the module)."""

    permission_cache_name = "_coordination_mission_access"

    def get_all_permissions_for_user(self, user):
        if not user or not user.is_authenticated or not user.is_active:
            return MissionAccess()
        if user.is_superuser:
            return MissionAccess(every=True)
        return MissionAccess(agency_ids=frozenset(member_agency_ids_of(user)))

    def access(self, user):
        return self.get_cached_permissions_for_user(user)

    def user_has_permission(self, user, action):
        return self.access(user).allows({action})

    def user_has_any_permission(self, user, actions):
        return self.access(user).allows(actions)

    def users_with_any_permission(self, actions):
        if not set(actions) & (SEEING | CHANGING):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True) | Q(groups__agency_link__agency__status=Agency.Status.MEMBER)
            )
            .filter(is_active=True)
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        access = self.access(user)
        if not access.allows(actions):
            return False
        if access.every or set(actions) & SEEING:
            return True
        return instance.agency_id in access.agency_ids

    def instances_user_has_any_permission_for(self, user, actions):
        missions = self.model._default_manager.all()
        access = self.access(user)
        if not access.allows(actions):
            return missions.none()
        if access.every or set(actions) & SEEING:
            return missions
        return missions.filter(agency_id__in=access.agency_ids)

    def users_with_any_permission_for_instance(self, actions, instance):
        actions = set(actions)
        if not actions & (SEEING | CHANGING):
            return get_user_model().objects.none()
        who = Q(is_superuser=True)
        if actions & SEEING:
            who |= Q(groups__agency_link__agency__status=Agency.Status.MEMBER)
        else:
            who |= Q(groups__agency_link__agency_id=instance.agency_id)
        return get_user_model().objects.filter(who, is_active=True).distinct()
