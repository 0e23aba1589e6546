"""A service of the menu: expertise an agency offers the countries, in the agency's space."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.fields import LanguagesField
from egecms.core.models import Contribution
from egecms.core.registry import register_contribution
from egecms.core.safe_urls import validate_rich_text_links
from egecms.core.vocabulary import AssistanceKind


@register_contribution(
    plural_label=_("Menu of services"),
    section="services.ServiceMenuPage",
    order=20,
    extra={"feed_choice_fields": ["modality"]},
)
class ServicePage(Contribution):
    """An entry of the menu of services: expertise an agency offers to the countries."""

    Modality = AssistanceKind

    modality = models.CharField(_("modality"), max_length=30, choices=Modality)
    description = RichTextField(_("description"), validators=[validate_rich_text_links], blank=True)
    languages = LanguagesField(_("languages"), help_text=_("Languages the service is offered in."))
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Shown in the menu of services.")
    )

    # A service is what an agency offers: it lives in the agency's space.
    parent_page_types = ["agencies.AgencyPage"] if apps.is_installed("agencies") else []
    subpage_types = []
    card_template = "services/cards/service.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("modality"),
        *Contribution.contribution_panels,
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("contact_email"), FieldPanel("is_active")],
            heading=_("Offer"),
        ),
        FieldPanel("description"),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("description"),
        index.FilterField("modality"),
    ]
    override_translatable_fields = [
        *Contribution.override_translatable_fields,
        SynchronizedField("contact_email"),
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @classmethod
    def listed(cls, queryset):
        return queryset.filter(is_active=True)
