"""Admin views of the coordination app: overlaps (list, one, join, close, reopen) and the
IATI upload.

Thin: the domain work is in :mod:`.actions`, :mod:`.flag_access`, :mod:`.notifications` and
:mod:`.iati`.
"""

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from egecms.core.models import Agency
from egecms.workspaces.models import AgencyGroup

from .actions import CloseFlag, FlagClosingError, JoinJointMission, JointMissionError, ReopenFlag
from .flag_access import may_close, may_see_overlaps, oversees_every_flag, visible_flags
from .forms import CloseFlagForm, IatiUploadForm
from .iati import IatiImportError, find_agency_space, import_iati
from .models import OverlapFlag
from .notifications import describe

#: The listing's ``?status=``: open (the default: not closed), closed, or every flag.
STATUS_FILTERS = {
    "open": lambda flags: flags.exclude(status=OverlapFlag.Status.CLOSED),
    "closed": lambda flags: flags.filter(status=OverlapFlag.Status.CLOSED),
    "all": lambda flags: flags,
}


def iati_agencies(user):
    """Agencies with a space ``user`` may import activities into (its editors; superusers)."""
    if not apps.is_installed("agencies"):
        return Agency.objects.none()
    spaces = apps.get_model("agencies", "AgencyPage").objects.values("agency_id")
    agencies = Agency.objects.filter(locale__language_code=settings.LANGUAGE_CODE, pk__in=spaces)
    if user.is_superuser:
        return agencies
    return agencies.filter(
        pk__in=AgencyGroup.objects.filter(group__user=user, role=AgencyGroup.Role.EDITORS).values(
            "agency_id"
        )
    )


def status_filters(current):
    """The listing's status choices: ``[(value, label, is current)]``."""
    labels = {
        "open": gettext_lazy("Open"),
        "closed": gettext_lazy("Closed"),
        "all": gettext_lazy("All"),
    }
    return [(value, labels[value], value == current) for value in STATUS_FILTERS]


class FlagIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The overlaps concerning the user's agencies (every one for the board): the open ones,
    or the closed ones, or all (``?status=``)."""

    template_name = "coordination/admin/flags.html"
    page_title = gettext_lazy("Overlaps")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_overlaps(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        status = self.request.GET.get("status", "open")
        status = status if status in STATUS_FILTERS else "open"
        flags = STATUS_FILTERS[status](visible_flags(self.request.user))
        flags = [describe(flag) for flag in flags[:200]]
        return {
            **super().get_context_data(**kwargs),
            "flags": flags,
            "status": status,
            "status_filters": status_filters(status),
            "oversees_every_flag": oversees_every_flag(self.request.user),
        }


class FlagView(WagtailAdminTemplateMixin, TemplateView):
    """One overlap; its program managers propose or join a joint mission (POST)."""

    template_name = "coordination/admin/flag.html"
    page_title = gettext_lazy("Overlap")
    header_icon = "warning"

    def dispatch(self, request, *args, pk, **kwargs):
        if not may_see_overlaps(request.user):
            raise PermissionDenied
        self.flag = get_object_or_404(visible_flags(request.user), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        action = JoinJointMission(self.flag, user=self.request.user)
        try:
            action.check()
            may_join, why_not = True, ""
        except JointMissionError as error:
            may_join, why_not = False, str(error)
        return {
            **super().get_context_data(**kwargs),
            **describe(self.flag),
            "participants": self.flag.participants.select_related("agency", "user"),
            "may_join": may_join,
            "why_not": why_not,
            "may_close": may_close(self.request.user, self.flag),
            "close_form": CloseFlagForm(),
        }

    def post(self, request, *args, **kwargs):
        try:
            JoinJointMission(self.flag, user=request.user).execute()
        except JointMissionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your agency joins this mission."))
        return redirect("coordination:flag", self.flag.pk)


class FlagStatusView(View):
    """POST only: close (with a reason) or reopen one overlap the user sees; back to it with
    a message in the user's language."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, pk, **kwargs):
        if not may_see_overlaps(request.user):
            raise PermissionDenied
        self.flag = get_object_or_404(visible_flags(request.user), pk=pk)
        if not may_close(request.user, self.flag):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def act(self, request):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        try:
            message = self.act(request)
        except FlagClosingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, message)
        return redirect("coordination:flag", self.flag.pk)


class FlagCloseView(FlagStatusView):
    """Close an overlap, saying why."""

    def act(self, request):
        form = CloseFlagForm(request.POST)
        if not form.is_valid():
            raise FlagClosingError(_("Choose why the overlap is closed."))
        CloseFlag(self.flag, user=request.user, **form.cleaned_data).execute()
        return _("The overlap is closed: it leaves the dashboards and the PMT's agenda.")


class FlagReopenView(FlagStatusView):
    """Reopen a closed overlap."""

    def act(self, request):
        ReopenFlag(self.flag, user=request.user).execute()
        return _("The overlap is open again.")


class IatiImportView(WagtailAdminTemplateMixin, FormView):
    """Upload an IATI activity file into an agency's space (draft activities); the report."""

    template_name = "coordination/admin/import_iati.html"
    form_class = IatiUploadForm
    page_title = gettext_lazy("Import activities (IATI)")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.agencies = iati_agencies(request.user)
        if not self.agencies.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "agencies": self.agencies}

    def form_valid(self, form):
        try:
            agency, space = find_agency_space(form.cleaned_data["agency"].acronym)
            report = import_iati(
                form.cleaned_data["file"].read(),
                agency=agency,
                space=space,
                user=self.request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
        except IatiImportError as error:
            form.add_error(None, _("Nothing was imported."))
            for problem in error.problems:
                form.add_error(None, problem)
            return self.form_invalid(form)
        return self.render_to_response(self.get_context_data(form=form, report=report))
