"""Agency spaces (with their program managers) and menu-of-services entries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.fields import LanguagesField
from egecms.core.labels import agency_labels_for
from egecms.core.listing import SectionIndexPage
from egecms.core.models import Contribution, WorkspacePage
from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.panels import WorkspaceAgenciesPanel
from egecms.core.registry import register_contribution


class AgencyIndexPage(SectionIndexPage):
    """The list of the Task Force's agencies, each with its own space."""

    subpage_types = ["services.AgencyPage"]
    listed_model = "services.AgencyPage"

    class Meta:
        verbose_name = _("agency index")


class AgencyPage(WorkspacePage):
    """An agency's own space: its profile, program managers, services and events."""

    is_agency_space = True

    agency = models.ForeignKey(
        "egecms_core.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=canonical_locale_filter,
    )
    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    profile = RichTextField(
        _("profile"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    parent_page_types = ["services.AgencyIndexPage"]
    content_panels = [
        *Page.content_panels,
        WorkspaceAgenciesPanel("agency"),
        FieldPanel("intro"),
        FieldPanel("profile"),
        InlinePanel("program_managers", label=_("Program managers")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("profile")]
    # The agency is the same organisation in every language: keep the canonical copy.
    override_translatable_fields = [SynchronizedField("agency")]

    class Meta:
        verbose_name = _("agency space")
        verbose_name_plural = _("agency spaces")

    def lead_agency_ids(self):
        return [self.agency_id]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = (
            self.get_children().live().type(ServicePage).specific().order_by("title")
        )
        context["program_managers"] = self.program_managers.all()
        context["agency_label"] = next(iter(agency_labels_for([self.agency], self.locale_id)), None)
        return context


class ProgramManager(TranslatableMixin, Orderable):
    """A program manager designated by the agency to mediate with the countries."""

    page = ParentalKey(AgencyPage, on_delete=models.CASCADE, related_name="program_managers")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email")]
    override_translatable_fields = [SynchronizedField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("program manager")
        verbose_name_plural = _("program managers")


class ServiceMenuPage(SectionIndexPage):
    """The menu of services: every active service of the locale (aggregates; owns no content)."""

    subpage_types = []
    listed_model = "services.ServicePage"
    aggregates = True

    class Meta:
        verbose_name = _("menu of services")


@register_contribution(
    plural_label=_("Menu of services"), section="services.ServiceMenuPage", order=20
)
class ServicePage(Contribution):
    """An entry of the menu of services: expertise an agency offers to the countries."""

    class Modality(models.TextChoices):
        TRAINING = "training", _("Training")
        TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical assistance")
        POLICY_ADVICE = "policy_advice", _("Policy advice")
        FINANCING = "financing", _("Financing")
        KNOWLEDGE_PRODUCTS = "knowledge_products", _("Knowledge products")

    modality = models.CharField(_("modality"), max_length=30, choices=Modality)
    description = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    languages = LanguagesField(_("languages"), help_text=_("Languages the service is offered in."))
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Shown in the menu of services.")
    )

    parent_page_types = ["services.AgencyPage"]
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
