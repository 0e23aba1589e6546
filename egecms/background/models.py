"""What background work remembers in the database."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SentMessage(models.Model):
    """One e-mail that left, by the key its task gave it (``assistance:ack:AR-…``): a retried
    task finds it here and does not send it again (see :func:`egecms.background.mail.send_once`).
    """

    key = models.CharField(_("key"), max_length=255, unique=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("sent e-mail")
        verbose_name_plural = _("sent e-mails")

    def __str__(self):
        return self.key
