"""The admin queue of requests for assistance, as a Wagtail viewset (registered in the services
app's ``wagtail_hooks.py``)."""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from assistance.models import AssistanceRequest

from .filters import AssistanceRequestFilterSet
from .views import actions as admin_actions
from .views import admin as admin_views

NAMESPACE = "assistance_requests"


class RoutedToColumn(Column):
    """The agencies a request is routed to, the one it is assigned to in bold."""

    cell_template_name = "assistance/admin/includes/routed_to_cell.html"

    def get_value(self, instance):
        return [
            (routing.agency.acronym, routing.agency_id == instance.assigned_agency_id)
            for routing in instance.routings.all()
        ]


class AssistanceRequestAdminURLFinder(ModelAdminURLFinder):
    """Where Wagtail's audit log and history link a request to: its page in the queue, for
    those the permission policy lets handle it."""

    edit_url_name = f"{NAMESPACE}:inspect"


class AssistanceRequestViewSet(ModelViewSet):
    """The queue (index, filtered, paginated), a request's page (inspect), its erasure
    (delete) and the follow-up actions (status, note, route, export).

    There is no add, edit, copy, history or usage view: requests come from the public form,
    the follow-up actions are their only changes, their history is their own, and nothing
    refers to them. The paths are those of the hand-built queue this replaced, so that the
    links in e-mails already sent to program managers keep working.
    """

    model = AssistanceRequest
    name = NAMESPACE
    url_prefix = "assistance-requests"
    icon = "help"
    menu_label = _("Requests for assistance")
    menu_order = 410
    add_to_admin_menu = True
    add_to_reference_index = False  # their contact data must not surface in "usage" lists
    copy_view_enabled = False
    inspect_view_enabled = True

    index_view_class = admin_views.QueueView
    inspect_view_class = admin_views.RequestView
    delete_view_class = admin_views.EraseView
    url_finder_class = AssistanceRequestAdminURLFinder

    filterset_class = AssistanceRequestFilterSet
    list_per_page = 50
    list_display = [
        "reference",
        DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
        Column("country", label=_("Country"), accessor="country.name"),
        "institution",
        Column("topics", label=_("Topics"), accessor=lambda item: ", ".join(item.topic_names)),
        "urgency",
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda item: item.is_open,
        ),
        RoutedToColumn("routed_to", label=_("Routed to")),
    ]
    inspect_view_fields = [
        "reference",
        "created_at",
        "country",
        "institution",
        "contact_name",
        "email",
        "topics",
        "urgency",
        "modality",
        "preferred_language",
        "acknowledged_at",
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_names={
                action: self.get_url_name(action) for action in ("status", "note", "route")
            },
            export_url_name=self.get_url_name("export"),
            **kwargs,
        )

    def action_view(self, view_class):
        return self.construct_view(view_class, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/status/", self.action_view(admin_actions.ChangeStatusView), name="status"),
            path("<int:pk>/note/", self.action_view(admin_actions.AddNoteView), name="note"),
            path("<int:pk>/route/", self.action_view(admin_actions.RouteView), name="route"),
            path("<int:pk>/export/", self.construct_view(admin_actions.ExportView), name="export"),
            path("<int:pk>/erase/", self.delete_view, name="delete"),
        ]  # fmt: skip

    def get_permissions_to_register(self):
        # The permission policy reads roles, not these; offering them in the groups' settings
        # would suggest that granting one opens other agencies' requests.
        return Permission.objects.none()
