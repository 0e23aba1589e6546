"""The admin's "Import events (iCal)": a feed (URL or uploaded file) into a work space.

The form view only reads the form and hands the import to the worker (``events.tasks``); the
import's own page says it is queued and, once the worker has run it, shows its report.
:mod:`events.ical.importing` does the rest, as it does for the ``import_ical`` command.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..ical.importing import (
    ACTION_LABELS,
    ICalImportError,
    check_size,
    import_settings,
    report_of,
)
from ..ical.importing import import_spaces as _import_spaces
from ..models import FeedImport
from ..tasks import queue_import

#: How many of a user's latest imports the form lists.
RECENT_IMPORTS = 10


def spaces_for_import(user):
    """Live work spaces where ``user`` may add events (a queryset; all for a superuser)."""
    return _import_spaces(user)


class SpaceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_admin_display_title()} ({obj.locale.get_display_name()})"


class ImportICalForm(forms.Form):
    """Where the events go, where the feed comes from, and whether to save anything."""

    space = SpaceChoiceField(
        label=gettext_lazy("Work space"),
        queryset=None,
        help_text=gettext_lazy("The events become drafts of this space, in its language."),
    )
    feed_url = forms.URLField(
        label=gettext_lazy("Feed address"),
        required=False,
        assume_scheme="https",
        help_text=gettext_lazy("The public iCalendar (.ics) address of the agency's calendar."),
    )
    feed_file = forms.FileField(
        label=gettext_lazy("or an .ics file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run"),
        required=False,
        help_text=gettext_lazy("Show what the import would do, without saving anything."),
    )

    def __init__(self, *args, spaces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["space"].queryset = spaces.select_related("locale")

    def clean(self):
        cleaned_data = super().clean()
        url, upload = cleaned_data.get("feed_url"), cleaned_data.get("feed_file")
        if bool(url) == bool(upload) and "feed_url" not in self.errors:
            raise forms.ValidationError(_("Give either the feed's address or an .ics file."))
        return cleaned_data

    def feed_source(self):
        upload = self.cleaned_data.get("feed_file")
        return upload.name if upload else self.cleaned_data["feed_url"]

    def uploaded_feed(self):
        """The uploaded file's bytes (within the size cap), or ``None`` for an address, which
        the worker fetches (public addresses only, unless the settings allow private ones)."""
        upload = self.cleaned_data.get("feed_file")
        if not upload:
            return None
        _timeout, max_bytes, _allow_private_hosts = import_settings()
        return check_size(upload.read(max_bytes + 1), max_bytes)


class ImportICalView(WagtailAdminTemplateMixin, FormView):
    """Import a feed into a work space where the user may add pages; show the report."""

    template_name = "events/admin/import_ical.html"
    form_class = ImportICalForm
    page_title = gettext_lazy("Import events (iCal)")
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, **kwargs):
        self.spaces = spaces_for_import(request.user)
        if not self.spaces.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "spaces": self.spaces}

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        recent = FeedImport.objects.filter(user=self.request.user).select_related("space")
        return {**super().get_context_data(**kwargs), "recent_imports": recent[:RECENT_IMPORTS]}

    def form_valid(self, form):
        try:
            feed = form.uploaded_feed()
        except ICalImportError as error:
            form.add_error(None, _("Nothing was imported."))
            for problem in error.problems:
                form.add_error(None, problem)
            return self.form_invalid(form)
        _timeout, _max_bytes, allow_private_hosts = import_settings()
        feed_import = queue_import(
            space=form.cleaned_data["space"],
            user=self.request.user,
            source=form.feed_source(),
            feed=feed,
            dry_run=form.cleaned_data["dry_run"],
            allow_private_hosts=allow_private_hosts,
        )
        return redirect("events:feed_import", feed_import.pk)


class FeedImportView(WagtailAdminTemplateMixin, TemplateView):
    """One import: queued or running (come back later), its report, or why it failed. Only
    the user who asked for it (and superusers) may see it."""

    template_name = "events/admin/feed_import.html"
    page_title = gettext_lazy("Import events (iCal)")
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, pk, **kwargs):
        imports = FeedImport.objects.select_related("space")
        if not request.user.is_superuser:
            imports = imports.filter(user=request.user)
        self.feed_import = imports.filter(pk=pk).first()
        if self.feed_import is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("events:import_ical"), "label": self.get_page_title()},
            {"url": "", "label": self.feed_import.source},
        ]

    def get_context_data(self, **kwargs):
        context = {**super().get_context_data(**kwargs), "feed_import": self.feed_import}
        if self.feed_import.status == FeedImport.Status.DONE:
            report = report_of(self.feed_import)
            context.update(report=report, report_sections=report_sections(report))
        return context


def report_sections(report):
    """``[{label, rows}]`` of a report, one section per action that happened, in order."""
    sections = []
    for action, label in ACTION_LABELS.items():
        rows = [
            {
                "title": result.title,
                "uid": result.uid,
                "reason": result.reason,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[result.page_id])
                if result.page_id
                else "",
            }
            for result in report.of(action)
        ]
        if rows:
            sections.append({"action": action, "label": label, "rows": rows})
    return sections
