"""Agency spaces: each agency's own work space, with its program managers."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.labels import agency_labels_for
from egecms.core.listing import SectionIndexPage
from egecms.core.models import WorkspacePage
from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.panels import WorkspaceAgenciesPanel
from egecms.core.safe_urls import validate_rich_text_links


class AgencyIndexPage(SectionIndexPage):
    """The list of the Task Force's agencies, each with its own space."""

    subpage_types = ["agencies.AgencyPage"]
    listed_model = "agencies.AgencyPage"

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
    profile = RichTextField(_("profile"), validators=[validate_rich_text_links], blank=True)

    parent_page_types = ["agencies.AgencyIndexPage"]
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
        context["services"] = self._services()
        context["program_managers"] = self.program_managers.all()
        context["agency_label"] = next(iter(agency_labels_for([self.agency], self.locale_id)), None)
        return context

    def _services(self):
        """The agency's services, where the menu of services is installed."""
        if not apps.is_installed("services"):
            return []
        service_model = apps.get_model("services", "ServicePage")
        return self.get_children().live().type(service_model).specific().order_by("title")


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
