"""The requests for assistance in the admin: the views of the viewset in :mod:`.viewsets`.

Thin views on Wagtail's generic ones: who may do what is the permission policy's
(:mod:`.permissions`), the steps are in :mod:`.workflow`, matching in :mod:`.matching`, the
duplication warning in :mod:`.duplication`, export and erasure in :mod:`.records`. A request
the user may not see is a 404 on every view, so that its existence is not confirmed; one they
see but may not act on that way, a 403.
"""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.views import generic

from assistance.models import AssistanceRequest
from egecms.core.labels import LocaleLabels

from .. import records
from ..admin_forms import NoteForm, RouteForm, StatusForm
from ..duplication import duplication_report
from ..matching import match_request


def topic_names(topics, labels=None):
    """The names of ``topics`` in the active language, sorted (``labels``: the active
    language's topic labels, when already at hand)."""
    labels = LocaleLabels.for_active_language().topics if labels is None else labels
    return sorted(labels[topic.pk].name if topic.pk in labels else topic.name for topic in topics)


class RequestObjectMixin:
    """One request the user may see (else a 404), and ``instance_permission`` on it (else a
    403). Stands for the model-wide check of Wagtail's generic views, which would tell whoever
    may see no request at all that this one exists (a 403 instead of a 404)."""

    model = AssistanceRequest
    permission_required = None
    any_permission_required = None
    instance_permission = "view"
    inspect_url_name = None

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        visible = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "view"
        )
        return get_object_or_404(
            visible.select_related("assigned_agency", "locale", "page"),
            pk=unquote(str(self.kwargs["pk"])),
        )

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance(self.instance_permission, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_inspect_url(self):
        return reverse(self.inspect_url_name, args=[quote(self.object.pk)])


class QueueView(generic.IndexView):
    """The requests the user may handle, newest first, filtered (open ones by default)."""

    any_permission_required = ["view"]
    page_title = gettext_lazy("Requests for assistance")

    def get_base_queryset(self):
        return (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
            .select_related("assigned_agency")
            .prefetch_related("topics", "routings__agency")
        )

    def paginate_queryset(self, queryset, page_size):
        paginator, page, requests, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = requests = list(requests)
        labels = LocaleLabels.for_active_language().topics
        for item in requests:
            item.topic_names = topic_names(item.topics.all(), labels)
        return paginator, page, requests, is_paginated

    def get_list_more_buttons(self, instance):
        return []  # the reference opens the request; erasure is offered there


class RequestView(RequestObjectMixin, generic.InspectView):
    """One request: contact data, matching with reasons, duplication warning, history, and
    the forms that move it on (status, note, routing), each posted to its own view."""

    template_name = "assistance/admin/request_detail.html"
    forms = {"status": StatusForm, "note": NoteForm, "route": RouteForm}
    field_labels = {
        "created_at": gettext_lazy("Submitted"),
        "acknowledged_at": gettext_lazy("Acknowledgement e-mailed"),
    }
    action_url_names = {}  # {form name: URL name of the view it is posted to}
    export_url_name = None
    header_more_buttons = []  # export and erasure are on the page, under the status

    def get_page_title(self):
        return _("Request for assistance %(reference)s") % {"reference": self.object.reference}

    def get_page_subtitle(self):
        return ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Requests for assistance")},
            {"url": "", "label": self.object.reference},
        ]

    def get_field_label(self, field_name, field):
        if field_name in self.field_labels:
            return self.field_labels[field_name]
        return super().get_field_label(field_name, field)

    def get_context_for_field(self, field_name):
        context = super().get_context_for_field(field_name)
        context["contact"] = field_name in AssistanceRequest.CONTACT_FIELDS
        return context

    def get_created_at_display_value(self):
        return "{} ({})".format(
            formats.date_format(timezone.localtime(self.object.created_at), "DATETIME_FORMAT"),
            self.object.locale.get_display_name(),
        )

    def get_email_display_value(self):
        email = self.object.email
        return format_html('<a href="mailto:{}">{}</a>', email, email)

    def get_topics_display_value(self):
        return ", ".join(topic_names(self.object.topics.all())) or "—"

    def get_modality_display_value(self):
        return self.object.get_modality_display() or "—"

    def get_preferred_language_display_value(self):
        return get_language_info(self.object.preferred_language)["name_translated"]

    def get_acknowledged_at_display_value(self):
        if self.object.acknowledged_at:
            when = timezone.localtime(self.object.acknowledged_at)
            return formats.date_format(when, "DATETIME_FORMAT")
        return format_html("<strong>{}</strong>", _("not sent"))

    def get_form(self, name, data=None):
        return self.forms[name](data, prefix=name, assistance_request=self.object)

    @cached_property
    def may_erase(self):
        return self.user_has_permission_for_instance("delete", self.object)

    def get_context_data(self, bound_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        assistance_request = self.object
        forms = {name: self.get_form(name) for name in self.forms}
        if bound_form is not None:
            forms[bound_form.action] = bound_form
        pk = quote(assistance_request.pk)
        context.update(
            routings=list(assistance_request.routings.select_related("agency", "routed_by")),
            history=list(assistance_request.events.select_related("agency", "actor")),
            matches=match_request(assistance_request),
            duplication=duplication_report(assistance_request),
            forms=forms,
            action_urls={
                name: reverse(url_name, args=[pk])
                for name, url_name in self.action_url_names.items()
            },
            export_url=reverse(self.export_url_name, args=[pk]),
            erase_url=reverse(self.delete_url_name, args=[pk]) if self.may_erase else None,
        )
        return context

    def post(self, request, *args, **kwargs):
        """A form of the page as it was before each action had its own view, posted here with
        its ``action``: on to that action's view (a 307 keeps the method and the data)."""
        url_name = self.action_url_names.get(request.POST.get("action"))
        if url_name is None:
            return self.http_method_not_allowed(request, *args, **kwargs)
        response = HttpResponseRedirect(reverse(url_name, args=[quote(self.object.pk)]))
        response.status_code = 307
        return response

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        add_never_cache_headers(response)
        return response


class EraseView(RequestObjectMixin, generic.DeleteView):
    """Erase a request on its requester's demand: a confirmation, then deletion, which leaves
    in the audit log only the reference, who erased it and when (see :mod:`.records`)."""

    instance_permission = "delete"
    template_name = "assistance/admin/request_erase.html"

    def get_page_title(self):
        return _("Erase request %(reference)s") % {"reference": self.object.reference}

    def get_page_subtitle(self):
        return ""

    def get_header_icon(self):
        return "bin"

    def delete_action(self):
        records.erase_request(self.object, by=self.request.user)

    def get_success_message(self):
        return _("Request %(reference)s and its history were erased.") % {
            "reference": self.object.reference
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "detail_url": self.get_inspect_url()}
