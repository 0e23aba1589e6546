"""Every page that went live, traced in Wagtail's audit log to what allowed it.

A publication is explained by one of: the review workflow approved that very revision; the user
who published (or scheduled, copied, aliased or moved it live) may publish there under the
platform's rules; or it was done by the system itself (a data load or a management command run
on the server, with no user). Anything else is reported: a route to going live that the rules
missed. Permissions are those of today, not of the day of publication.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.models import Page, PageLogEntry, WorkflowState

PUBLISH = ("wagtail.publish", "wagtail.publish.scheduled")
LIVE_COPIES = ("wagtail.copy", "wagtail.create_alias", "wagtail.move")


@dataclass
class Trace:
    entry: PageLogEntry
    reason: str | None  # None: nothing explains it

    @property
    def explained(self):
        return self.reason is not None


def _approved_in_review(entry):
    if entry.revision_id is None:
        return False
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(entry.page_id),
        status=WorkflowState.STATUS_APPROVED,
        current_task_state__revision_id=entry.revision_id,
    ).exists()


def _scheduled_by(entry):
    """For a scheduled publication: the log entry of whoever scheduled that revision."""
    return (
        PageLogEntry.objects.filter(
            page_id=entry.page_id,
            action="wagtail.publish.schedule",
            revision_id=entry.revision_id,
            timestamp__lte=entry.timestamp,
        )
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )


def trace(entry):
    """Why the page of ``entry`` (a publication log entry) was allowed to go live."""
    page = Page.objects.filter(pk=entry.page_id).first()
    if page is None:
        return Trace(entry, _("the page has since been deleted"))
    page = page.specific
    user = entry.user
    if entry.action in LIVE_COPIES:
        if not page.live:
            return Trace(entry, _("not live"))
        parent = page.get_parent()
        if user is None or parent.permissions_for_user(user).can_publish_subpage():
            return Trace(entry, _("placed live by a user who may publish there"))
        return Trace(entry, None)
    if _approved_in_review(entry):
        return Trace(entry, _("approved through the review workflow"))
    if entry.action == "wagtail.publish.scheduled" and user is None:
        scheduled = _scheduled_by(entry)
        if scheduled is None:
            return Trace(entry, None)
        entry_user = scheduled.user
    else:
        entry_user = user
    if entry_user is None:
        return Trace(entry, _("by the system (a data load or a command on the server)"))
    if page.permissions_for_user(entry_user).can_publish():
        return Trace(entry, _("by a user who may publish it"))
    return Trace(entry, None)


def publications(since=None):
    """The log entries of pages going live, oldest first."""
    entries = PageLogEntry.objects.filter(action__in=PUBLISH + LIVE_COPIES).select_related("user")
    if since is not None:
        entries = entries.filter(timestamp__gte=since)
    return entries.order_by("timestamp", "pk")


def untraced_publications(since=None):
    return [result for result in map(trace, publications(since)) if not result.explained]
