"""The e-mails of requests for assistance: rendered from a family of templates in the active
language, each sent at most once (by a key), and never undoing what was saved when the mail
server fails: the failure is logged, and the task that sends raises :class:`MailNotSent` so
that the worker tries again (only what did not leave)."""

import logging
from smtplib import SMTPException

from egecms.background.mail import render_email, send_once, was_sent

logger = logging.getLogger(__name__)


class MailNotSent(Exception):
    """The mail server refused one or more messages; the task is tried again."""


def deliver(message, *, key, what):
    """Send ``message`` once for ``key``: ``True`` once it has left (now or on an earlier try),
    ``False`` (and ``what`` logged) when the mail server fails."""
    try:
        send_once(message, key=key)
    except (SMTPException, OSError):
        logger.exception("E-mail not sent: %s", what)
        return False
    return True


__all__ = ["MailNotSent", "deliver", "render_email", "was_sent"]
