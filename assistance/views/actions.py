"""What a request's page lets its handlers do, one view each: move its status on, add a note,
route it to another agency, export it. Each asks the permission policy on that request (a
404 for whoever may not see it) and calls the plain functions of :mod:`.workflow` and
:mod:`.records`."""

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from .. import records, workflow
from .admin import RequestObjectMixin, RequestView


class RequestActionView(RequestView):
    """One follow-up form, posted from the request's page: applied, back to the page; refused,
    the page again with the form, its errors and what was typed."""

    http_method_names = ["post"]
    instance_permission = "change"
    action = None  # the name of the form in ``RequestView.forms``

    def post(self, request, *args, **kwargs):
        form = self.get_form(self.action, request.POST)
        if form.is_valid():
            try:
                message = self.perform(form.cleaned_data)
            except workflow.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, message)
                return redirect(self.get_inspect_url())
        messages.error(request, _("The request could not be updated: see the form below."))
        return self.render_to_response(self.get_context_data(bound_form=form))

    def perform(self, data):
        """Apply the form's ``data``; the success message."""
        raise NotImplementedError


class ChangeStatusView(RequestActionView):
    """Move the request on (the requester is told the new status)."""

    action = "status"

    def perform(self, data):
        workflow.change_status(
            self.object,
            data["status"],
            by=self.request.user,
            note=data["note"],
            agency=data["agency"],
        )
        return _("The request is now “%(status)s”; the requester has been told.") % {
            "status": self.object.get_status_display()
        }


class AddNoteView(RequestActionView):
    """An internal note in the request's history."""

    action = "note"

    def perform(self, data):
        workflow.add_note(self.object, data["note"], by=self.request.user)
        return _("Note added.")


class RouteView(RequestActionView):
    """Route the request to one more agency (its program managers are told)."""

    action = "route"

    def perform(self, data):
        workflow.route_to(
            self.object,
            data["agency"],
            by=self.request.user,
            note=data["note"],
        )
        return _("Routed to %(agency)s; its program managers have been told.") % {
            "agency": data["agency"].acronym
        }


class ExportView(RequestObjectMixin, PermissionCheckedMixin, View):
    """Everything stored about one request, as a JSON download (logged)."""

    instance_permission = "export"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()

    def get(self, request, *args, **kwargs):
        data = records.export_request(self.object)
        records.log_export(self.object, by=request.user)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
        )
        filename = f"{self.object.reference}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        add_never_cache_headers(response)
        return response
