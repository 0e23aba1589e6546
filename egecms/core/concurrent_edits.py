"""Saves made from a stale editor: someone else (or the same editor in another window) saved
a newer revision after this editor's form was loaded.

Wagtail's editing sessions tell both editors while they edit (the ping reports who else is
editing and any newer revision, and the browser asks before saving over it), and its
autosave refuses a stale form; a plain Save from a stale form is still accepted. Nothing is
lost then — every save is a revision — but the newest draft silently replaces the other
editor's. ``warn_if_saved_over`` (pages) makes it not silent: the saver is told whose revision their
save replaced, with a link comparing the two.
"""

from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name


def loaded_revision_time(obj, post):
    """When the revision the editor's form was loaded from was made (``None`` if unknown).

    Read from the hidden inputs Wagtail's edit forms carry (``loaded_revision_created_at``,
    else the created time of ``loaded_revision_id``)."""
    try:
        return datetime.fromisoformat(post.get("loaded_revision_created_at", ""))
    except ValueError:
        pass
    loaded_id = post.get("loaded_revision_id", "")
    if not loaded_id.isdigit():
        return None
    return obj.revisions.filter(pk=loaded_id).values_list("created_at", flat=True).first()


def saved_over(obj, *, loaded_at, saved_revision_id):
    """The revisions of ``obj`` made after ``loaded_at`` other than ``saved_revision_id`` (the
    one this save made): what the save replaced as the newest draft, newest first."""
    if loaded_at is None:
        return []
    return list(
        obj.revisions.defer("content")
        .filter(created_at__gt=loaded_at)
        .exclude(pk=saved_revision_id)
        .select_related("user")
        .order_by("-created_at", "-pk")
    )


def warn_if_saved_over(request, page):
    """``after_edit_page``: a warning naming whose revisions this save from a stale form
    replaced, with a link comparing theirs with the saved one.

    Pages only: no snippet of the project keeps revisions (their editing sessions still say
    who else is editing)."""
    if request.method != "POST":
        return
    if not request.accepts("text/html"):
        return  # autosave: Wagtail refuses a stale one itself
    saved_id = page.latest_revision_id
    replaced = saved_over(
        page, loaded_at=loaded_revision_time(page, request.POST), saved_revision_id=saved_id
    )
    if not replaced:
        return
    names = sorted({get_user_display_name(revision.user) for revision in replaced if revision.user})
    message = _(
        "Someone else saved this page while you were editing it (%(names)s). Your save is now "
        "the latest version; theirs is kept in the history."
    ) % {"names": ", ".join(names) or _("unknown")}
    messages.warning(
        request,
        message,
        buttons=[
            messages.button(
                reverse(
                    "wagtailadmin_pages:revisions_compare",
                    args=(page.pk, replaced[0].pk, saved_id),
                ),
                _("Compare with their version"),
                new_window=True,
            )
        ],
    )
