"""Wagtail hooks of the governance app: its members' views and managed records in the admin,
its meetings in the events calendar (hook ``events_calendar_entries``, where installed)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .actions import admitted_acronyms
from .description import GovernanceSection
from .models import Meeting
from .permissions import is_member
from .public_cache import PUBLIC_PAGE
from .publication import anything_published_kept
from .viewsets import VIEWSETS, register_permission_policies

register_permission_policies()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("governance/", include(urls, namespace="governance"))]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [viewset() for viewset in VIEWSETS]


class GovernanceMenuItem(MenuItem):
    def is_shown(self, request):
        return is_member(request.user)


@hooks.register("register_admin_menu_item")
def register_governance_menu_item():
    return GovernanceMenuItem(
        _("Task Force and PMT"), reverse("governance:index"), icon_name="group", order=430
    )


@hooks.register("events_calendar_entries")
def meetings_in_calendar(request, start, end):
    """The bodies' meetings in the events calendar, for members only."""
    if not is_member(request.user):
        return []
    return [
        {
            "title": f"{meeting.body}: {meeting.get_mode_display()}",
            "start": meeting.starts_at,
            "end": None,
            "url": reverse("governance:meeting", args=[meeting.pk]),
            "kind": str(_("Members' meeting")),
        }
        for meeting in Meeting.objects.select_related("body").filter(
            starts_at__date__gte=start, starts_at__date__lte=end
        )
    ]


@hooks.register("workspaces_description_sections")
def governance_section():
    return {"governance": GovernanceSection()}


@hooks.register("workspaces_admitted_agencies")
def agencies_admitted_by_consensus():
    return admitted_acronyms()


@hooks.register("register_public_urls")
def governance_public_urls():
    return [("governance/", "governance.public_urls", "governance_public")]


@hooks.register("register_sitemap_urls")
def public_page_in_sitemap():
    """The public page of the bodies, once they published something."""
    return [PUBLIC_PAGE] if anything_published_kept() else []


@hooks.register("register_footer_links")
def public_page_in_footer(request):
    """A link to the public page in every public page's footer, once it shows something."""
    if not anything_published_kept():
        return []
    return [{"label": _("Task Force and PMT publications"), "url": reverse(PUBLIC_PAGE)}]
