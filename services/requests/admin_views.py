"""The requests for assistance in the admin: the queue and one request with its follow-up.

Thin views: who may do what is in :mod:`.access`, the steps in :mod:`.workflow`, matching in
:mod:`.matching`, the duplication warning in :mod:`.duplication`, export and erasure in
:mod:`.records`. Every view checks access on the server; a request the user may not see is a
404, so that its existence is not confirmed.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from egecms.core.labels import LocaleLabels
from services.models import AssistanceRequest

from . import access, records, workflow
from .admin_forms import NoteForm, QueueFilterForm, RouteForm, StatusForm
from .duplication import duplication_report
from .matching import match_request

QUEUE_PAGE_SIZE = 50


def topic_labels():
    """Topic names in the active language (``{topic id: label}``)."""
    return LocaleLabels.for_active_language().topics


def topic_names(topics, labels):
    return sorted(labels[topic.pk].name if topic.pk in labels else topic.name for topic in topics)


class QueueView(WagtailAdminTemplateMixin, TemplateView):
    """The requests the user may handle, newest first, filtered (open ones by default)."""

    template_name = "services/admin/request_queue.html"
    page_title = gettext_lazy("Requests for assistance")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not access.may_use_queue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.request.GET.copy() if self.request.GET else {"status": QueueFilterForm.OPEN}
        filters = QueueFilterForm(data)
        requests = filters.filter(access.visible_requests(self.request.user))
        requests = requests.select_related("assigned_agency").prefetch_related(
            "topics", "routings__agency"
        )
        page = Paginator(requests, QUEUE_PAGE_SIZE).get_page(self.request.GET.get("p"))
        labels = topic_labels()
        for item in page.object_list:
            item.topic_names = topic_names(item.topics.all(), labels)
        context.update(filters=filters, page_obj=page, requests=page.object_list)
        return context


class RequestView(WagtailAdminTemplateMixin, TemplateView):
    """One request: contact data, matching with reasons, duplication warning, history, and
    the forms that move it on (status, note, routing)."""

    template_name = "services/admin/request_detail.html"
    header_icon = "help"
    forms = {"status": StatusForm, "note": NoteForm, "route": RouteForm}

    def dispatch(self, request, *args, pk, **kwargs):
        self.object = get_object_or_404(
            AssistanceRequest.objects.select_related("assigned_agency", "locale", "page"), pk=pk
        )
        if not access.may_handle(request.user, self.object):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Request for assistance %(reference)s") % {"reference": self.object.reference}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("services_assistance_requests"), "label": _("Requests for assistance")},
            {"url": "", "label": self.object.reference},
        ]

    def _form(self, name, data=None):
        form_class = self.forms[name]
        if form_class is NoteForm:
            return form_class(data, prefix=name)
        return form_class(data, prefix=name, assistance_request=self.object)

    def post(self, request, *args, **kwargs):
        name = request.POST.get("action")
        if name not in self.forms:
            return redirect(self.detail_url)
        form = self._form(name, request.POST)
        if form.is_valid():
            try:
                self._apply(name, form.cleaned_data)
            except workflow.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                return redirect(self.detail_url)
        messages.error(request, _("The request could not be updated: see the form below."))
        return self.render_to_response(self.get_context_data(bound_form=form))

    def _apply(self, name, data):
        user, assistance_request = self.request.user, self.object
        if name == "status":
            workflow.change_status(
                assistance_request,
                data["status"],
                by=user,
                note=data["note"],
                agency=data["agency"],
                http_request=self.request,
            )
            message = _("The request is now “%(status)s”; the requester has been told.") % {
                "status": assistance_request.get_status_display()
            }
        elif name == "note":
            workflow.add_note(assistance_request, data["note"], by=user)
            message = _("Note added.")
        else:
            workflow.route_to(
                assistance_request,
                data["agency"],
                by=user,
                note=data["note"],
                http_request=self.request,
            )
            message = _("Routed to %(agency)s; its program managers have been told.") % {
                "agency": data["agency"].acronym
            }
        messages.success(self.request, message)

    @property
    def detail_url(self):
        return reverse("services_assistance_request", args=[self.object.pk])

    def get_context_data(self, bound_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        assistance_request = self.object
        forms = {name: self._form(name) for name in self.forms}
        if bound_form is not None:
            forms[bound_form.action] = bound_form
        context.update(
            object=assistance_request,
            topic_names=topic_names(assistance_request.topics.all(), topic_labels()),
            preferred_language=get_language_info(assistance_request.preferred_language)[
                "name_translated"
            ],
            routings=list(assistance_request.routings.select_related("agency", "routed_by")),
            history=list(assistance_request.events.select_related("agency", "actor")),
            matches=match_request(assistance_request),
            duplication=duplication_report(assistance_request),
            forms=forms,
            may_erase=access.may_erase(self.request.user, assistance_request),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        add_never_cache_headers(response)
        return response


def _handled_request(request, pk):
    assistance_request = get_object_or_404(AssistanceRequest, pk=pk)
    if not access.may_handle(request.user, assistance_request):
        raise Http404
    return assistance_request


def export_view(request, pk):
    """Everything stored about one request, as a JSON download (logged)."""
    assistance_request = _handled_request(request, pk)
    data = records.export_request(assistance_request)
    records.log_export(assistance_request, by=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{assistance_request.reference}.json"'
    add_never_cache_headers(response)
    return response


class EraseView(WagtailAdminTemplateMixin, TemplateView):
    """Erase a request on its requester's demand: a confirmation, then deletion (logged)."""

    template_name = "services/admin/request_erase.html"
    header_icon = "bin"

    def dispatch(self, request, *args, pk, **kwargs):
        self.object = _handled_request(request, pk)
        if not access.may_erase(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Erase request %(reference)s") % {"reference": self.object.reference}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "object": self.object}

    def post(self, request, *args, **kwargs):
        reference = records.erase_request(self.object, by=request.user)
        messages.success(
            request,
            _("Request %(reference)s and its history were erased.") % {"reference": reference},
        )
        return redirect("services_assistance_requests")
