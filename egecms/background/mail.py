"""E-mail sent at most once per key, so that a task retried after a partial success (two of
three program managers told, then the mail server failed) does not send anything twice."""

from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import SentMessage


def was_sent(key):
    """Whether the message of ``key`` has left already."""
    return SentMessage.objects.filter(key=key).exists()


def send_once(message, *, key):
    """Send ``message`` unless one with ``key`` was sent; ``True`` if it was sent now.

    The marker is written in the same transaction as the sending: a failing mail server raises
    (the task is retried) and leaves no marker. A worker that dies between the mail server's
    answer and the commit may still send it twice — at least once, never silently lost.
    """
    key = key[:255]
    if was_sent(key):
        return False
    try:
        with transaction.atomic():
            SentMessage.objects.create(key=key)
            message.send()
    except IntegrityError:  # another worker sent it meanwhile
        return False
    return True


def render_email(templates, context, *, to, language=None, headers=None, html=True):
    """The message of a family of templates — ``<templates>_subject.txt``, ``<templates>.txt``
    and (unless ``html`` is false) its HTML alternative ``<templates>.html`` — rendered in
    ``language`` (the active one when None). The house way every app's e-mails are made."""
    with translation.override(language or translation.get_language()):
        subject = " ".join(render_to_string(f"{templates}_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(f"{templates}.txt", context),
            to=to,
            headers=headers or {},
        )
        if html:
            message.attach_alternative(render_to_string(f"{templates}.html", context), "text/html")
    return message
