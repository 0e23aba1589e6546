"""The overlap e-mail is multipart: plain text and an HTML alternative, both in the
recipient's language, the HTML linking to the flag."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from coordination.notifications import notify_overlap

from .test_overlap_flags import overlapping  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def _html_of(message):
    [(content, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return content


def test_the_overlap_mail_has_an_html_part_in_the_recipients_language_linking_to_the_flag(
    overlapping,  # noqa: F811
):
    profile = UserProfile.get_for_user(overlapping["users"]["pm_idb"])
    profile.preferred_language = "fr"
    profile.save()
    flag_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "coordination:flag", args=[overlapping["flag"].pk]
    )
    assert notify_overlap(overlapping["flag"]) == 2
    by_recipient = {message.to[0]: message for message in mail.outbox}
    spanish = by_recipient["pm_oas@example.org"]  # pm_oas prefers Spanish
    french = by_recipient["pm_idb@example.org"]

    html = _html_of(spanish)
    assert '<html lang="es">' in html
    assert "Estimado/a pm_oas" in html and "trabajan en Perú" in html
    assert re.search(rf'<a href="{re.escape(flag_url)}">[^<]*misión conjunta', html)
    assert "trabajan en Perú" in spanish.body  # the plain text too

    html = _html_of(french)
    assert '<html lang="fr">' in html
    assert "Bonjour pm_idb" in html and "Pérou" in html
    assert re.search(rf'<a href="{re.escape(flag_url)}">[^<]*mission conjointe', html)
    assert "Pérou" in french.subject
