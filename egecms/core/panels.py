"""Admin panels shared by the page types of the platform."""

from django.utils.text import capfirst
from wagtail.admin.panels import FieldPanel, Panel

from .labels import workspace_agency_labels
from .models import WorkspaceAgency
from .permissions import ASSIGN_WORKSPACE_AGENCIES


class WorkspaceAgenciesPanel(FieldPanel):
    """The agency an agency space belongs to: editable only with the permission to assign
    it, shown read-only to everyone else (its editors see, but cannot change, whose space it
    is — that would change who may publish in it). Shared spaces' agencies come from
    workspaces.yaml: see :class:`WorkspaceAgenciesSummaryPanel`."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("permission", ASSIGN_WORKSPACE_AGENCIES)
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None:
                # The form left the field out for this user: show its value instead.
                self.read_only = True
                field = self.panel.db_field
                self.heading = self.panel.heading or capfirst(field.verbose_name)
                self.help_text = self.panel.help_text or capfirst(field.help_text)

        def is_shown(self):
            return self.form is None or self.bound_field is not None or self.read_only


class WorkspaceAgenciesSummaryPanel(Panel):
    """Who leads a shared work space and who is a member of it, read-only for everyone:
    ``workspaces.yaml`` says it, and provisioning applies it together with who may publish."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "egecms_core/panels/workspace_agencies.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            roles = {}
            if page is not None and page.pk:
                for role in (WorkspaceAgency.Role.LEAD, WorkspaceAgency.Role.MEMBER):
                    roles[role.label] = [
                        label.short for label in workspace_agency_labels(page, role)
                    ]
            context["roles"] = roles
            return context
