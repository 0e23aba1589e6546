"""The services app's part of the demo: the menu of services, in the agencies' spaces."""

import datetime

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Menu of services")
ORDER = 10
REQUIRES = ("agencies", "services")


def load(loader):
    model = apps.get_app_config("services").get_model
    content = load_data("services")
    loader.ensure_section(model("ServiceMenuPage"), slug="services", texts=content["service_menu"])
    for data in content["services"]:
        language = data["source_locale"]
        page = model("ServicePage")(
            title=data["title"][language],
            slug=data["slug"],
            summary=data["summary"][language],
            date=datetime.date.fromisoformat(data["date"]),
            countries=data["countries"],
            modality=data["modality"],
            description=paragraphs_html(data["description"][language]),
            languages=data["languages"],
            contact_email=data["contact_email"],
        )
        loader.ensure_page(
            parent=loader.workspace(data["agency"].lower()),
            page=page,
            language=language,
            translatable=[data["title"], data["summary"], data["description"]],
            label=f"Service {data['slug']}",
            before_save=lambda saved, data=data: loader.relate(
                saved, agencies=[data["agency"]], topics=data["topics"]
            ),
        )
