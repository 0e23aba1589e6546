"""The reminder of an implementation report, to each PMT manager in their own language, sent
at most once per meeting and person."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from egecms.background.mail import send_once

from .reports import due_date, pmt_managers


def _language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def remind_report(meeting, *, today):
    """Remind the PMT of the report due for ``meeting``; how many e-mails left now."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "governance:meeting", args=[meeting.pk]
    )
    sent = 0
    for user in pmt_managers(today):
        with translation.override(_language_of(user)):
            context = {
                "recipient": user.get_full_name() or user.username,
                "meeting": meeting,
                "due": due_date(meeting),
                "url": url,
            }
            subject = render_to_string("governance/email/report_due_subject.txt", context)
            body = render_to_string("governance/email/report_due.txt", context)
        message = EmailMessage(" ".join(subject.split()), body, to=[user.email])
        sent += send_once(message, key=f"governance-report-due:{meeting.pk}:{user.pk}")
    return sent
