"""Notifications to the people who work, each in their own admin language.

- a contribution waits for their agency's sign-off (the lead agencies' task) or for the
  board's review (any group approval task: the members of its groups);
- a translation waits for their language: a translation review task of their language, or an
  original published anew, which its translators now have to follow;
- a request for assistance is routed to their agency (``assistance.signals.request_routed``):
  its program managers are e-mailed at once by the assistance app itself (with the request's
  details, which only they may see), unless they chose a daily summary — where it is listed
  — or nothing (``assistance_program_managers_to_email`` hook, in ``wagtail_hooks``);
- a translation of theirs is out of date: its original was published again.

The person who acted is never told of their own action. Each user chooses, per kind, an
e-mail now (the default), a daily summary or nothing (:class:`NotificationPreference`). Each
e-mail leaves at most once per user and occasion (a key), so a task tried again after the
mail server failed half-way sends only what did not leave.
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.users.models import UserProfile

from egecms.background.mail import send_once
from egecms.workspaces import roles
from egecms.workspaces.models import AgencyGroup
from egecms.workspaces.models.sign_off import (
    LeadAgenciesApprovalTask,
    agency_ids_of,
    lead_agency_ids_for,
)

from .mailing import render_email, site_name
from .models import (
    NotificationChoice,
    NotificationKind,
    NotificationPreference,
    PendingNotification,
)

logger = logging.getLogger(__name__)

NOTICE_TEMPLATES = "subscriptions/email/notice"
SUMMARY_TEMPLATES = "subscriptions/email/summary"


class NotificationsNotSent(Exception):
    """The mail server refused some notifications; the task is tried again."""


def staff(**filters):
    """Active users with an e-mail address matching ``filters``."""
    return (
        get_user_model()
        .objects.filter(is_active=True, **filters)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def choices_of(users, kind):
    """``{user id: choice}`` for ``kind`` (e-mail now where the user chose nothing)."""
    chosen = dict(
        NotificationPreference.objects.filter(user__in=users, kind=kind).values_list(
            "user_id", "choice"
        )
    )
    return {user.pk: chosen.get(user.pk, NotificationChoice.NOW) for user in users}


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def page_admin_url(page):
    return admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))


# -- who is told -----------------------------------------------------------------------------


def sign_off_recipients(task_state):
    """``(kind, users)`` whom a task state just started waits for."""
    task = task_state.task.specific
    page = task_state.workflow_state.content_object
    if isinstance(task, LeadAgenciesApprovalTask):
        leads = lead_agency_ids_for(page)
        submitter = task_state.workflow_state.requested_by
        if not leads or agency_ids_of(submitter) & leads:  # approved at once: nobody waits
            return NotificationKind.SIGN_OFF, []
        # Program managers act as their agency's editors too (roles.agency_groups).
        users = staff(groups__agency_link__agency_id__in=leads)
        return NotificationKind.SIGN_OFF, list(users)
    if isinstance(task, AbstractGroupApprovalTask):
        is_translation_review = task.name == roles.translation_review_task(
            page.locale.language_code
        )
        kind = NotificationKind.TRANSLATION if is_translation_review else NotificationKind.SIGN_OFF
        return kind, list(staff(groups__in=task.groups.all()))
    return NotificationKind.SIGN_OFF, []


def translators_of(language_code):
    return list(staff(groups__name=roles.translators_group(language_code)))


def stale_translations(original):
    """``[(translated page, its translator)]``: the other languages' live copies of
    ``original`` and who last published each."""
    copies = (
        Page.objects.filter(translation_key=original.translation_key, live=True)
        .exclude(pk=original.pk)
        .select_related("live_revision__user", "locale")
    )
    found = []
    for copy in copies:
        user = copy.live_revision.user if copy.live_revision_id else None
        if user is not None and user.is_active and user.email:
            found.append((copy, user))
    return found


def program_managers_of(agency_ids):
    return list(
        staff(
            groups__agency_link__agency_id__in=agency_ids,
            groups__agency_link__role=AgencyGroup.Role.PROGRAM_MANAGERS,
        )
    )


# -- telling them ----------------------------------------------------------------------------


def notify(*, kind, key, users, actor_id, context, emails=True):
    """Tell each of ``users`` but the actor, by their choice for ``kind``: an e-mail now (in
    their language, once per ``key``), a line of their daily summary, or nothing. ``emails``
    False: a line of the summary only for those who chose one. Returns who was told now."""
    users = [user for user in users if user.pk != actor_id]
    choices = choices_of(users, kind)
    told, failed = [], []
    for user in users:
        choice = choices[user.pk]
        language = language_of(user)
        if choice == NotificationChoice.DAILY:
            subject = notice_subject(kind, context, language)
            PendingNotification.objects.get_or_create(
                user=user,
                key=f"{kind}:{key}"[:255],
                defaults={"kind": kind, "subject": subject[:255], "url": context.get("url", "")},
            )
            continue
        if choice != NotificationChoice.NOW or not emails:
            continue
        rendered = {**context, "kind": kind, "site_name": site_name()}
        message = render_email(NOTICE_TEMPLATES, rendered, to=[user.email], language=language)
        try:
            send_once(message, key=f"subscriptions:notice:{kind}:{key}:{user.pk}")
        except (SMTPException, OSError):
            logger.exception("Notification %s %s not sent to user %s", kind, key, user.pk)
            failed.append(user.pk)
            continue
        told.append(user)
    if failed:
        raise NotificationsNotSent(f"{kind} {key}: not sent to users {failed}")
    return told


def notice_subject(kind, context, language):
    """The subject of a notification of ``kind`` in ``language`` (a summary's line too)."""
    with translation.override(language):
        text = render_to_string(f"{NOTICE_TEMPLATES}_subject.txt", {**context, "kind": kind})
    return " ".join(text.split())


def send_summaries(*, dry_run=False, stdout=None):
    """Each user's pending notifications as one message in their language; how many left."""
    pending = PendingNotification.objects.select_related("user").order_by("user_id", "created_at")
    by_user = {}
    for notice in pending:
        by_user.setdefault(notice.user, []).append(notice)
    sent = 0
    for user, notices in by_user.items():
        if dry_run:
            if stdout is not None:
                stdout.write(f"{user.email}: {len(notices)} notification(s) in a daily summary")
            continue
        language = language_of(user)
        context = {"notices": notices, "site_name": site_name(), "count": len(notices)}
        message = render_email(SUMMARY_TEMPLATES, context, to=[user.email], language=language)
        key = f"subscriptions:summary:{user.pk}:{notices[0].pk}-{notices[-1].pk}"
        send_once(message, key=key)
        PendingNotification.objects.filter(pk__in=[notice.pk for notice in notices]).delete()
        sent += 1
    return sent
