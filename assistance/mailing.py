"""The e-mails of requests for assistance: rendered from a family of templates in the active
language, and sent without ever undoing what was saved when the mail server fails."""

import logging
from smtplib import SMTPException

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def render_email(templates, context, *, to, html=False):
    """A message from ``<templates>_subject.txt`` and ``<templates>.txt`` (and, with ``html``,
    ``<templates>.html`` as an alternative), rendered in the active language."""
    subject = " ".join(render_to_string(f"{templates}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject, body=render_to_string(f"{templates}.txt", context), to=to
    )
    if html:
        message.attach_alternative(render_to_string(f"{templates}.html", context), "text/html")
    return message


def send_quietly(message, what):
    """Send ``message``; ``False`` (and ``what`` logged) when the mail server fails."""
    try:
        message.send()
    except (SMTPException, OSError):
        logger.exception("E-mail not sent: %s", what)
        return False
    return True
