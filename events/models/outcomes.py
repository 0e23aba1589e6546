"""What came out of an event: recommendations, each addressed to actors and linked to a topic,
practices and issue areas (the event's conclusions are a rich-text field of the event)."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from egecms.core.fields import ChoicesListField


class Actor(models.TextChoices):
    """Whom a recommendation addresses."""

    GOVERNMENTS = "governments", _("National governments")
    LOCAL_GOVERNMENTS = "local-governments", _("Local governments")
    AGENCIES = "agencies", _("Task Force agencies")
    LEGISLATURES = "legislatures", _("Legislatures and regulators")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    ACADEMIA = "academia", _("Academia")
    DONORS = "donors", _("Donors and development partners")


def linkable_page_type(label):
    """``label`` when its app is installed (the clusters app is optional), else any page."""
    return label if apps.is_installed(label.split(".")[0]) else "wagtailcore.Page"


class Recommendation(TranslatableMixin, Orderable):
    """A recommendation of an event, shown on the event and in the compilation page."""

    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("recommendation"), max_length=2000)
    topic = models.ForeignKey(
        "egecms_core.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actors = ChoicesListField(_("addressed to"), choices=Actor.choices)
    practice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related practice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issue_area = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related issue area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("topic"),
        FieldPanel("actors"),
        PageChooserPanel("practice", page_type=linkable_page_type("practices.PracticePage")),
        PageChooserPanel("issue_area", page_type=linkable_page_type("clusters.IssueAreaPage")),
    ]
    override_translatable_fields = [SynchronizedField("actors")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")

    def __str__(self):
        return self.text[:80]
