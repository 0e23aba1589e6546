"""What the coordination app shows elsewhere: the program managers' dashboard panel, the PMT
agenda suggestions (governance's ``governance_agenda_suggestions`` hook), the missions in the
members' calendar (the events app's ``events_calendar_entries`` hook) and the address of a
country's profile for the cards that name it (the core's ``country_profile_url`` hook)."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from egecms.core import versioned_cache
from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.workspaces.models import member_agency_ids_of

from .models import CountryProfilesPage, Mission, OverlapFlag
from .notifications import describe, flags_for

PANEL_FLAGS = 10
CACHE_FAMILY = "country_profiles"


class OverlapsPanel(Component):
    """On a program manager's dashboard: the open overlaps concerning their agencies."""

    name = "coordination_overlaps"
    template_name = "coordination/panels/overlaps.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["flags"] = [describe(flag) for flag in flags_for(self.user)[:PANEL_FLAGS]]
        context["language"] = get_language()
        return context

    def render_html(self, parent_context=None):
        if not flags_for(self.user).exists():
            return ""
        return super().render_html(parent_context)


def agenda_suggestions(*, body, before, user):
    """The open overlaps found before ``before``, for the PMT's next meeting (members only);
    not those of two missions both over by then."""
    if body != "pmt" or not (user.is_superuser or member_agency_ids_of(user)):
        return []
    flags = (
        OverlapFlag.objects.filter(status=OverlapFlag.Status.OPEN, created_at__date__lt=before)
        # Two missions both over by the meeting: nothing left to coordinate.
        .exclude(first_mission__end_date__lt=before, second_mission__end_date__lt=before)
        .select_related(
            "first_mission__agency", "second_mission__agency", "first_activity", "second_activity"
        )
        .prefetch_related("agencies", "topics")
    )
    suggestions = []
    for flag in flags:
        described = describe(flag)
        suggestions.append(
            {
                "title": _("Overlap of %(kind)s in %(country)s")
                % {"kind": flag.get_kind_display().lower(), "country": described["country"]},
                "url": reverse("coordination:flag", args=[flag.pk]),
                "detail": _("%(agencies)s on %(topics)s")
                % {
                    "agencies": ", ".join(described["agencies"]),
                    "topics": ", ".join(described["topics"]),
                },
            }
        )
    return suggestions


def _profiles_base_urls():
    """``{locale id: address}`` of each live, public country profiles page. One query."""
    return {
        page.locale_id: page.get_url()
        for page in CountryProfilesPage.objects.live().public().order_by("path")
    }


def country_profile_url(code, *, locale, request=None):
    """The address of the profile of ``code`` in ``locale``, or None (cached)."""
    code = str(getattr(code, "code", code)).upper()
    if code not in LAC_COUNTRY_CODES:
        return None
    locale_id = getattr(locale, "pk", locale)
    bases = versioned_cache.get_or_compute(CACHE_FAMILY, "all", _profiles_base_urls)
    base = bases.get(locale_id)
    return f"{base}{code.lower()}/" if base else None


def forget_profile_urls(**kwargs):
    versioned_cache.forget(CACHE_FAMILY)


def calendar_entries(*, request, start, end):
    """The member agencies' missions between ``start`` and ``end`` (dates), for the events
    app's calendar (its ``events_calendar_entries`` hook): nothing for anonymous visitors or
    users outside the member agencies, as missions are members only."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    if not (user.is_superuser or member_agency_ids_of(user)):
        return []
    missions = Mission.objects.filter(start_date__lte=end, end_date__gte=start).select_related(
        "agency"
    )
    zone = timezone.get_current_timezone()
    return [
        {
            "title": _("Mission of %(agency)s to %(country)s")
            % {"agency": mission.agency.acronym, "country": mission.country.name},
            "start": datetime.datetime.combine(mission.start_date, datetime.time.min, zone),
            "end": datetime.datetime.combine(mission.end_date, datetime.time.max, zone),
            "url": reverse("coordination_missions:inspect", args=[mission.pk]),
            "kind": _("Mission"),
        }
        for mission in missions
    ]
