"""Admin views of the coordination app: overlaps (list, one, join) and the IATI upload.

Thin: the domain work is in :mod:`.actions`, :mod:`.notifications` and :mod:`.iati`.
"""

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from egecms.core.models import Agency
from egecms.workspaces.models import AgencyGroup

from .actions import JoinJointMission, JointMissionError
from .forms import IatiUploadForm
from .iati import IatiImportError, find_agency_space, import_iati
from .models import OverlapFlag
from .notifications import describe, flags_for, program_manager_agency_ids


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


def may_see_overlaps(user):
    return user.is_superuser or bool(program_manager_agency_ids(user))


def visible_flags(user):
    """The flags ``user`` sees: their agencies' (program managers); every one (superusers)."""
    if user.is_superuser:
        return OverlapFlag.objects.prefetch_related("agencies", "topics", "participants__agency")
    return flags_for(user)


class FlagIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The open overlaps concerning the user's agencies."""

    template_name = "coordination/admin/flags.html"
    page_title = gettext_lazy("Overlaps")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_overlaps(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        flags = [describe(flag) for flag in visible_flags(self.request.user)[:200]]
        return {**super().get_context_data(**kwargs), "flags": flags}


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
        }

    def post(self, request, *args, **kwargs):
        try:
            JoinJointMission(self.flag, user=request.user).execute()
        except JointMissionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your agency joins this mission."))
        return redirect("coordination:flag", self.flag.pk)


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
