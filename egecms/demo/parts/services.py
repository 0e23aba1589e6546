"""The services app's part of the demo: agency spaces, program managers and the menu of services."""

import datetime

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Agencies and menu of services")
ORDER = 10
REQUIRES = ("services",)


def section_page(loader, model, slug, texts):
    return loader.ensure_page(
        parent=loader.topic_page,
        page=model(
            title=texts["title"]["en"], slug=slug, intro=texts["intro"]["en"], show_in_menus=True
        ),
        language="en",
        translatable=[texts["title"], texts["intro"]],
        label=texts["title"]["en"],
    )


def load(loader):
    model = apps.get_app_config("services").get_model
    content = load_data("services")
    agency_index = section_page(
        loader, model("AgencyIndexPage"), "agencies", content["agency_index"]
    )
    section_page(loader, model("ServiceMenuPage"), "services", content["service_menu"])
    spaces = {}
    for profile in content["agency_profiles"]:
        agency = loader.agency(profile["agency"])
        names = loader.localized_names(agency)
        page = model("AgencyPage")(
            title=names["en"],
            slug=profile["agency"].lower(),
            agency=agency,
            intro=profile["intro"]["en"],
            profile=paragraphs_html(profile["profile"]["en"]),
        )
        for manager in profile["program_managers"]:
            page.program_managers.add(
                model("ProgramManager")(
                    name=manager["name"],
                    role=manager["role"]["en"],
                    email=manager["email"],
                    locale=loader.locales["en"],
                )
            )
        spaces[profile["agency"]] = loader.ensure_page(
            parent=agency_index,
            page=page,
            language="en",
            translatable=[
                names,
                profile["intro"],
                profile["profile"],
                *(manager["role"] for manager in profile["program_managers"]),
            ],
            label=f"Agency space {profile['agency']}",
        )
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
            parent=spaces[data["agency"]],
            page=page,
            language=language,
            translatable=[data["title"], data["summary"], data["description"]],
            label=f"Service {data['slug']}",
            before_save=lambda saved, data=data: loader.relate(
                saved, agencies=[data["agency"]], topics=data["topics"]
            ),
        )
