"""The members' views of the Task Force and the PMT (admin, namespace ``governance``): the
overview, a meeting with its attendance and decisions, an action plan, a body's members and
their terms, putting an item on the public page (or taking it off), the iCal feed.

Every view checks membership on the server (member agencies' groups, the board, superusers;
a prospective agency is not a member); recording for others needs :func:`can_manage`.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .actions import RecordAttendance, RecordDecision, RecordPosition, meeting_day
from .commitments import commitment_table
from .feed_tokens import feed_token
from .forms import AttendanceForm, DecisionForm, PositionForm
from .models import ActionPlan, Body, Decision, Meeting, Membership
from .overview import dashboard, meeting_detail
from .permissions import can_manage, is_member
from .plans import timeline
from .public_views import calendar_response, recent_and_coming_meetings
from .publication import PUBLISHABLE, Publish
from .rules import RuleBroken
from .terms import WARNING_DAYS, members_of
from .texts import localized

AGENDA_HOOK = "governance_agenda_suggestions"


class MembersOnly:
    """Members only: a 403 for anyone else (the admin's login comes first)."""

    def dispatch(self, request, *args, **kwargs):
        if not is_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GovernanceBase(MembersOnly, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.page_title != OverviewView.page_title:
            items.append({"url": reverse("governance:index"), "label": OverviewView.page_title})
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "can_manage": can_manage(self.request.user)}


class OverviewView(GovernanceBase):
    template_name = "governance/overview.html"
    page_title = gettext_lazy("Task Force and PMT")

    def get_context_data(self, **kwargs):
        feed_url = reverse("governance_public:meetings_feed", args=[feed_token(self.request.user)])
        return {
            **super().get_context_data(**kwargs),
            **dashboard(),
            "calendar_app_url": self.request.build_absolute_uri(feed_url),
            "public_url": reverse("governance_public:published"),
        }


def agenda_suggestions(meeting, user):
    """What other apps suggest for the meeting's agenda (hook ``governance_agenda_suggestions``)."""
    found = []
    for fn in hooks.get_hooks(AGENDA_HOOK):
        found += list(fn(body=meeting.body.kind, before=meeting_day(meeting), user=user) or [])
    return found


class MeetingView(GovernanceBase):
    template_name = "governance/meeting.html"
    page_title = gettext_lazy("Meeting")

    def get_page_subtitle(self):
        return str(self.meeting)

    def dispatch(self, request, *args, pk, **kwargs):
        if not is_member(request.user):  # before the lookup: a 404 would tell it exists
            raise PermissionDenied
        self.meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        detail = meeting_detail(self.meeting)
        own = [m for m, _attendance in detail["attendance"] if m.user_id == user.pk]
        own_agencies = {m.agency_id for m in own}
        for row in detail["decisions"]:
            row["can_state"] = (
                row["decision"].passed_at is None
                and (row["decision"].needs_consensus or True)
                and bool(own_agencies)
            )
        return {
            **super().get_context_data(**kwargs),
            **detail,
            "own_memberships": own,
            "own_agency_ids": own_agencies,
            "attendance_form": AttendanceForm(),
            "position_form": PositionForm(),
            "decision_form": DecisionForm() if can_manage(user) else None,
            "suggestions": agenda_suggestions(self.meeting, user),
            "public_url": reverse("governance_public:published"),
        }


class MeetingAction(MembersOnly, View):
    """A POST on a meeting; a broken rule is shown as the page's error, in the user's language."""

    http_method_names = ["post"]

    def post(self, request, pk):
        meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
        try:
            message = self.act(request, meeting)
        except RuleBroken as broken:
            messages.error(request, broken.message)
        else:
            if message:
                messages.success(request, message)
        return redirect("governance:meeting", pk=meeting.pk)


class AttendanceView(MeetingAction):
    def act(self, request, meeting):
        form = AttendanceForm(request.POST)
        if not form.is_valid():
            return None
        membership_id = request.POST.get("membership")
        membership = get_object_or_404(Membership, pk=membership_id, body=meeting.body)
        RecordAttendance(
            meeting=meeting,
            membership=membership,
            status=form.cleaned_data["status"],
            user=request.user,
            on_behalf=can_manage(request.user),
        ).execute()
        return _("Attendance recorded.")


class PositionView(MeetingAction):
    def act(self, request, meeting):
        decision = get_object_or_404(Decision, pk=request.POST.get("decision"), meeting=meeting)
        form = PositionForm(request.POST)
        if not form.is_valid():
            return None
        membership = (
            Membership.objects.filter(body=meeting.body, user=request.user)
            .select_related("agency")
            .first()
        )
        if membership is None:
            raise RuleBroken("position_by_member")
        result = RecordPosition(
            decision=decision,
            agency=membership.agency,
            stance=form.cleaned_data["stance"],
            user=request.user,
        ).execute()
        return _("Position recorded.") if not result.passed else _("The decision has passed.")


class DecisionView(MeetingAction):
    def act(self, request, meeting):
        if not can_manage(request.user):
            raise PermissionDenied
        form = DecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The decision could not be recorded: check its fields."))
            return None
        RecordDecision(meeting=meeting, user=request.user, **form.cleaned_data).execute()
        return _("Decision recorded.")


class PublicationView(MembersOnly, View):
    """Put an item on the public page or take it off (``public`` = "1" or not): whoever
    manages the bodies; a refusal names the rule, in the user's language."""

    http_method_names = ["post"]

    def post(self, request, item, pk):
        if not can_manage(request.user):
            raise PermissionDenied
        if item not in PUBLISHABLE:
            raise Http404
        record = get_object_or_404(PUBLISHABLE[item].model, pk=pk)
        public = request.POST.get("public") == "1"
        try:
            Publish(item=item, record=record, public=public).execute()
        except RuleBroken as broken:
            messages.error(request, broken.message)
        else:
            messages.success(
                request,
                _("Published on the public page.") if public else _("Taken off the public page."),
            )
        if item == "plan":
            return redirect("governance:plan", pk=record.pk)
        return redirect("governance:meeting", pk=getattr(record, "meeting_id", record.pk))


class ActionPlanView(GovernanceBase):
    template_name = "governance/action_plan.html"
    page_title = gettext_lazy("Action plan")

    def dispatch(self, request, *args, pk, **kwargs):
        if not is_member(request.user):
            raise PermissionDenied
        self.plan = get_object_or_404(ActionPlan, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return localized(self.plan, "title")

    def get_context_data(self, **kwargs):
        approval = self.plan.decisions.filter(passed_at__isnull=False).first()
        return {
            **super().get_context_data(**kwargs),
            "plan": self.plan,
            "title": localized(self.plan, "title"),
            "timeline": timeline(self.plan),
            "commitments": commitment_table(self.plan),
            "approval": approval,
            "public_url": reverse("governance_public:published"),
        }


class MembersView(GovernanceBase):
    """A body's members with their organisation, role and term, and the terms to attend to;
    terms are changed in workspaces.yaml, not here."""

    template_name = "governance/members.html"
    page_title = gettext_lazy("Members and terms")

    def dispatch(self, request, *args, pk, **kwargs):
        if not is_member(request.user):
            raise PermissionDenied
        self.body = get_object_or_404(Body, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.body)

    def get_context_data(self, **kwargs):
        rows = members_of(self.body, timezone.localdate())
        return {
            **super().get_context_data(**kwargs),
            "body": self.body,
            "rows": rows,
            "warnings": [row for row in rows if row.warning],
            "warning_days": WARNING_DAYS,
        }


class ICalFeedView(MembersOnly, View):
    """The members' calendar of meetings (.ics), for the logged-in member."""

    def get(self, request):
        return calendar_response(recent_and_coming_meetings())
