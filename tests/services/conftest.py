"""Fixtures shared by the services tests: a menu of services in three agencies' spaces."""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories


@pytest.fixture
def menu(site_tree_en):
    """Three agencies' spaces and their services, with some that must never match."""
    tree = site_tree_en
    topics = {
        slug: factories.TopicFactory(name=name, slug=slug)
        for slug, name in (
            ("digital-identity", "Digital identity"),
            ("open-data", "Open data"),
            ("cybersecurity", "Cybersecurity"),
        )
    }
    oas = tree.pages["agency_oas"]
    wb = factories.AgencyFactory(acronym="WB", name="World Bank")
    spaces = {
        "IDB": tree.pages["agency"],
        "OAS": factories.AgencyPageFactory(parent=tree.pages["agencies"], slug="oas", agency=oas),
        "WB": factories.AgencyPageFactory(parent=tree.pages["agencies"], slug="wb", agency=wb),
    }

    def service(space, title, *, topics_, countries, languages, modality, **extra):
        return factories.ServicePageFactory(
            parent=spaces[space],
            title=title,
            agencies=[spaces[space].agency],
            topics=[topics[slug] for slug in topics_],
            countries=countries,
            languages=languages,
            modality=modality,
            **extra,
        )

    services = {
        "idb_identity_peru": service(
            "IDB", "Digital ID training", topics_=["digital-identity"], countries=["PE", "BO"],
            languages=["es", "en"], modality="training",
        ),
        "wb_identity_region": service(
            "WB", "Identity systems advice", topics_=["digital-identity"], countries=[],
            languages=["en"], modality="policy_advice",
        ),
        "oas_open_data_region": service(
            "OAS", "Open data assistance", topics_=["open-data"], countries=[],
            languages=["es", "en"], modality="technical_assistance",
        ),
        "oas_identity_chile": service(
            "OAS", "Identity for Chile", topics_=["digital-identity"], countries=["CL"],
            languages=["es"], modality="training",
        ),
        "idb_inactive": service(
            "IDB", "Retired identity programme", topics_=["digital-identity", "open-data"],
            countries=["PE"], languages=["es"], modality="training", is_active=False,
        ),
    }  # fmt: skip
    draft = service(
        "WB", "Draft identity loan", topics_=["digital-identity"], countries=["PE"],
        languages=["es"], modality="financing",
    )  # fmt: skip
    draft.unpublish()
    private_space = factories.AgencyPageFactory(
        parent=tree.pages["agencies"], slug="private", agency=factories.AgencyFactory(acronym="PRV")
    )
    PageViewRestriction.objects.create(page=private_space, restriction_type="login")
    factories.ServicePageFactory(
        parent=private_space, title="Members-only identity clinic", countries=["PE"],
        topics=[topics["digital-identity"]], agencies=[private_space.agency], languages=["es"],
    )  # fmt: skip
    return {"topics": topics, "services": services, "spaces": spaces, "wb": wb}
