"""Practices: successful ones worth adapting, unsuccessful ones worth avoiding; the library."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.feeds.routes import SectionFeedsMixin
from egecms.core.listing import SectionIndexPage
from egecms.core.models import Contribution
from egecms.core.registry import register_contribution

from .blocks import DocumentsBlock, LinksBlock, PracticeBodyBlock


class PracticeLibraryPage(SectionFeedsMixin, SectionIndexPage):
    """Every practice of the locale, newest first (aggregates; owns no content)."""

    subpage_types = []
    listed_model = "practices.PracticePage"
    aggregates = True

    class Meta:
        verbose_name = _("practice library")


@register_contribution(
    plural_label=_("Practices"),
    section="practices.PracticeLibraryPage",
    order=10,
    extra={"feed_choice_fields": ["outcome"]},  # feeds say "... practice to adapt / to avoid"
)
class PracticePage(Contribution):
    """A practice worth copying, or one to avoid, with its story and lessons."""

    class Outcome(models.TextChoices):
        ADAPT = "adapt", _("Successful practice to adapt")
        AVOID = "avoid", _("Unsuccessful practice to avoid")

    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome, default=Outcome.ADAPT)
    countries = CountryField(_("countries"), countries=LatinAmericaAndCaribbean, multiple=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the practice took place."),
    )
    body = StreamField(PracticeBodyBlock(), verbose_name=_("story"), blank=True)
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents"), blank=True)
    links = StreamField(LinksBlock(), verbose_name=_("links"), blank=True)

    card_template = "practices/cards/practice.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("outcome"),
        FieldPanel("year"),
        *Contribution.contribution_panels,
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("links"),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("body"),
        index.FilterField("outcome"),
    ]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        if not self.countries:
            raise ValidationError(
                {"countries": _("Choose the country (or countries) of this practice.")}
            )

    @property
    def is_to_avoid(self):
        return self.outcome == self.Outcome.AVOID
