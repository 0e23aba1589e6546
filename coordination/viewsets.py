"""The admin's missions, as a Wagtail viewset (registered in ``wagtail_hooks.py``)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Mission


class OwnMissionMixin:
    """Changing or deleting a mission is for its own agency (the policy asked per mission)."""

    def get_object(self, queryset=None):
        mission = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, mission
        ):
            raise PermissionDenied
        return mission


class MissionEditView(OwnMissionMixin, generic.EditView):
    pass


class MissionDeleteView(OwnMissionMixin, generic.DeleteView):
    pass


class MissionViewSet(ModelViewSet):
    """Missions of the member agencies: every member sees them; each agency edits its own."""

    model = Mission
    name = "coordination_missions"
    url_prefix = "coordination/missions"
    icon = "site"
    menu_label = _("Missions")
    menu_order = 430
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    edit_view_class = MissionEditView
    delete_view_class = MissionDeleteView
    list_display = [
        Column("agency", label=_("Agency"), accessor="agency.acronym"),
        Column("country", label=_("Country"), accessor="country.name"),
        "cities",
        DateColumn("start_date", label=_("Start"), sort_key="start_date"),
        DateColumn("end_date", label=_("End"), sort_key="end_date"),
        "open_to_joint_participation",
    ]
    list_filter = ["agency", "open_to_joint_participation"]

    def get_queryset(self, request):
        return Mission.objects.select_related("agency")
