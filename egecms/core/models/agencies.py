from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..fields import SafeURLField


class Agency(TranslatableMixin, index.Indexed, models.Model):
    """A Task Force organisation (member, or prospective until it joins by consensus)."""

    class Status(models.TextChoices):
        MEMBER = "member", _("Member")
        PROSPECTIVE = "prospective", _("Prospective member")

    acronym = models.CharField(_("acronym"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.MEMBER)
    website = SafeURLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True)

    panels = [
        FieldPanel("acronym"),
        FieldPanel("name"),
        FieldPanel("status"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("summary"),
    ]
    # Autocomplete fields: the admin's agency search reads them as the editor types ("ba"
    # finds the Bank), on every backend; the viewset names no fields of its own, as SQLite's
    # full-text table has no per-field columns to restrict a search to.
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.AutocompleteField("acronym"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("logo"), SynchronizedField("status")]
    label_fields = ("acronym", "name")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["acronym"]
        unique_together = [("translation_key", "locale"), ("acronym", "locale")]
        permissions = [
            (
                "assign_workspace_agencies",
                _("Can choose the lead and member agencies of a work space"),
            )
        ]

    def __str__(self):
        return f"{self.acronym} — {self.name}"

    @property
    def is_member(self):
        return self.status == self.Status.MEMBER
