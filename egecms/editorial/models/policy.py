import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from egecms.core.safe_urls import validate_rich_text_links


class EditorialPolicyQuerySet(models.QuerySet):
    def current(self, language_code=None):
        """The newest version, in ``language_code`` when translated (else the default
        language's)."""
        canonical = (
            self.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("-version").first()
        )
        if canonical is None or not language_code or language_code == settings.LANGUAGE_CODE:
            return canonical
        locale = Locale.objects.filter(language_code=language_code).first()
        return (canonical.get_translation_or_none(locale) if locale else None) or canonical


class EditorialPolicy(TranslatableMixin, models.Model):
    """One version of the editorial policy contributions are moderated under.

    A new version is a new entry with a higher number; contributors accept each version before
    they submit for moderation, and reviewers answer its checklist.
    """

    version = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=255)
    effective_from = models.DateField(_("effective from"), default=datetime.date.today)
    body = RichTextField(_("text"), validators=[validate_rich_text_links])
    checklist = StreamField(
        [("item", blocks.CharBlock(label=_("Question"), max_length=300))],
        verbose_name=_("review checklist"),
        blank=True,
        help_text=_("What the editorial board checks in every contribution."),
    )

    panels = [
        FieldPanel("version"),
        FieldPanel("title"),
        FieldPanel("effective_from"),
        FieldPanel("body"),
        FieldPanel("checklist"),
    ]
    override_translatable_fields = [
        SynchronizedField("version"),
        SynchronizedField("effective_from"),
    ]

    objects = EditorialPolicyQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("editorial policy")
        verbose_name_plural = _("editorial policy versions")
        ordering = ["-version"]
        unique_together = [("translation_key", "locale"), ("version", "locale")]

    def __str__(self):
        return _("%(title)s (version %(version)s)") % {"title": self.title, "version": self.version}

    @property
    def checklist_items(self):
        return [block.value for block in self.checklist]


class PolicyAcceptance(models.Model):
    """A contributor's acceptance of one version of the editorial policy: who, which, when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="policy_acceptances"
    )
    version = models.PositiveIntegerField(_("version"))
    accepted_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("editorial policy acceptance")
        verbose_name_plural = _("editorial policy acceptances")
        unique_together = [("user", "version")]

    def __str__(self):
        return f"{self.user} accepted version {self.version}"
