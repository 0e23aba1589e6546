"""Who hears of an overlap, and the e-mail they get, in their own language.

The program managers of the agencies a flag concerns — and nobody else — see it on their
dashboard and receive one e-mail per flag (sent at most once, by key): plain text with an
HTML alternative, both in the recipient's language, made the house way
(:func:`egecms.background.mail.render_email`).
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from egecms.background.mail import render_email, send_once
from egecms.core.labels import LocaleLabels
from egecms.workspaces.models import AgencyGroup

from .models import OverlapFlag

logger = logging.getLogger(__name__)

TEMPLATES = "coordination/email/overlap"
PROGRAM_MANAGERS = AgencyGroup.Role.PROGRAM_MANAGERS


class OverlapMailNotSent(Exception):
    """The mail server refused some messages; the task is tried again."""


def program_manager_agency_ids(user):
    """The (canonical) agencies ``user`` is a program manager of."""
    if not user or not user.is_authenticated or not user.is_active:
        return set()
    return set(
        AgencyGroup.objects.filter(group__user=user, role=PROGRAM_MANAGERS).values_list(
            "agency_id", flat=True
        )
    )


def program_managers_concerned(flag):
    """Active users in the program managers groups of ``flag``'s agencies."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__agency_link__role=PROGRAM_MANAGERS,
            groups__agency_link__agency__in=flag.agencies.all(),
        )
        .distinct()
        .order_by("pk")
    )


def flags_for(user):
    """The open flags concerning ``user``'s agencies as a program manager, newest first."""
    agency_ids = program_manager_agency_ids(user)
    if not agency_ids:
        return OverlapFlag.objects.none()
    concerned = OverlapFlag.objects.filter(agencies__in=agency_ids).values("pk")
    return (
        OverlapFlag.objects.filter(pk__in=concerned)
        .exclude(status=OverlapFlag.Status.CLOSED)
        .select_related(
            "first_mission__agency", "second_mission__agency", "first_activity", "second_activity"
        )
        .prefetch_related("agencies", "topics", "participants__agency")
    )


def describe(flag):
    """What a flag says, in the active language: its two items, the country and topics."""
    labels = LocaleLabels.for_active_language()
    return {
        "flag": flag,
        "country": flag.country.name,
        "topics": sorted(
            labels.topics[topic.pk].name for topic in flag.topics.all() if topic.pk in labels.topics
        ),
        "agencies": sorted(
            labels.agencies[agency.pk].short
            for agency in flag.agencies.all()
            if agency.pk in labels.agencies
        ),
        "first": flag.first,
        "second": flag.second,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("coordination:flag", args=[flag.pk]),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def _language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def notify_overlap(flag):
    """E-mail each program manager concerned by ``flag`` (once each); how many have it.

    Raises :class:`OverlapMailNotSent` when the mail server refused some (tried again later).
    """
    sent, failed = 0, []
    for user in program_managers_concerned(flag).exclude(email=""):
        language = _language_of(user)
        with translation.override(language):
            context = {**describe(flag), "recipient": user.get_full_name() or user.username}
            message = render_email(TEMPLATES, context, to=[user.email], language=language)
        try:
            send_once(message, key=f"coordination:overlap:{flag.pk}:{user.pk}")
        except (SMTPException, OSError):
            logger.exception("Overlap %s not mailed to user %s", flag.pk, user.pk)
            failed.append(user.pk)
            continue
        sent += 1
    if failed:
        raise OverlapMailNotSent(f"overlap {flag.pk}: not sent to users {failed}")
    return sent
