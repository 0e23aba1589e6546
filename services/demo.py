"""The services app's part of the demo: agency spaces, program managers and the menu of services."""

import datetime

from agencies.models import AgencyIndexPage, AgencyPage, ProgramManager
from egecms.core.demo.loader import paragraphs_html

from .demo_data import AGENCY_PROFILES, SERVICES
from .models import ServiceMenuPage, ServicePage

AGENCY_INDEX = {
    "title": {"en": "Agencies", "es": "Agencias", "pt": "Agências", "fr": "Agences"},
    "intro": {
        "en": "The organisations of the Task Force, each with its own space, program managers and services.",
        "es": "Las organizaciones del Grupo de Trabajo, cada una con su propio espacio, sus gerentes de programa y sus servicios.",
        "pt": "As organizações da Força-Tarefa, cada uma com seu próprio espaço, seus gerentes de programa e seus serviços.",
        "fr": "Les organisations du Groupe de travail, chacune avec son propre espace, ses responsables de programme et ses services.",
    },
}
SERVICE_MENU = {
    "title": {
        "en": "Menu of services",
        "es": "Menú de servicios",
        "pt": "Menu de serviços",
        "fr": "Offre de services",
    },
    "intro": {
        "en": "The expertise each agency offers to the countries of the region, so that needs meet the right support.",
        "es": "La experiencia que cada agencia ofrece a los países de la región, para que cada necesidad encuentre el apoyo adecuado.",
        "pt": "A experiência que cada agência oferece aos países da região, para que cada necessidade encontre o apoio adequado.",
        "fr": "L'expertise que chaque agence met à la disposition des pays de la région, pour que chaque besoin trouve le bon appui.",
    },
}


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
    agency_index = section_page(loader, AgencyIndexPage, "agencies", AGENCY_INDEX)
    section_page(loader, ServiceMenuPage, "services", SERVICE_MENU)
    spaces = {}
    for profile in AGENCY_PROFILES:
        agency = loader.agency(profile["acronym"])
        names = loader.localized_names(agency)
        page = AgencyPage(
            title=names["en"],
            slug=profile["acronym"].lower(),
            agency=agency,
            intro=profile["intro"]["en"],
            profile=paragraphs_html(profile["profile"]["en"]),
        )
        for manager in profile["program_managers"]:
            page.program_managers.add(
                ProgramManager(
                    name=manager["name"],
                    role=manager["role"]["en"],
                    email=manager["email"],
                    locale=loader.locales["en"],
                )
            )
        spaces[profile["acronym"]] = loader.ensure_page(
            parent=agency_index,
            page=page,
            language="en",
            translatable=[
                names,
                profile["intro"],
                profile["profile"],
                *(manager["role"] for manager in profile["program_managers"]),
            ],
            label=f"Agency space {profile['acronym']}",
        )
    for data in SERVICES:
        language = data["source_locale"]
        page = ServicePage(
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
