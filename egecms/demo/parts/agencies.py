"""The agencies app's part of the demo: each agency's space and its program managers."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Agency spaces")
ORDER = 9
REQUIRES = ("agencies",)


def load(loader):
    model = apps.get_app_config("agencies").get_model
    content = load_data("services")
    agency_index = loader.ensure_section(
        model("AgencyIndexPage"), slug="agencies", texts=content["agency_index"]
    )
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
        loader.ensure_page(
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
