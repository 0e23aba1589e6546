"""What readers narrow the menu of services by, kept in the URL: topic, agency and country
covered (shared with other listings), modality and the language a service is offered in."""

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from egecms.core.filter_fields import OptionFilter
from egecms.core.filters import ContributionFilterSet, Option, in_language, is_language

from .models.service import ServicePage


def is_modality(value):
    return value in ServicePage.Modality.values


class ServiceFilterSet(ContributionFilterSet):
    """The reader's menu filters. Unknown modalities, languages and countries are dropped;
    unknown topics and agencies match nothing."""

    modality = OptionFilter(label=_("Modality"), accept=is_modality)
    language = OptionFilter(
        field_name="languages", label=_("Language"), accept=is_language, method=in_language
    )

    field_order = ("topic", "agency", "modality", "country", "language")
    relabel = {"country": _("Country covered")}

    class Meta(ContributionFilterSet.Meta):
        model = ServicePage
        fields = []

    def modality_options(self):
        return [Option(value, label) for value, label in ServicePage.Modality.choices]

    def language_options(self):
        return [
            Option(code, get_language_info(code)["name_translated"])
            for code, _name in settings.LANGUAGES
        ]
