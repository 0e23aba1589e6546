"""Matching a request for assistance to the menu of services: the right agencies, in the right
order, each with reasons a program manager can read; and no guess where nobody covers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from assistance.matching import match_request
from assistance.models import AssistanceRequest
from services.models import ServicePage
from tests import factories
from tests.builders import ensure_locales, translate_tree


@pytest.fixture(autouse=True)
def english():
    """Reasons are worded in the active language; other tests may leave another one active."""
    with translation.override("en"):
        yield


def request_data(menu, *, country="PE", topics=("digital-identity",), language="es", **extra):
    return {
        "country": country,
        "topics": [menu["topics"][slug] for slug in topics],
        "preferred_language": language,
        **extra,
    }


def ranking(result):
    return [
        (match.agency.acronym, [service_match.service.title for service_match in match.services])
        for match in result
    ]


@pytest.mark.django_db
def test_the_top_agency_comes_with_its_reasons(menu):
    result = match_request(request_data(menu, modality="training"))
    assert not result.uncovered_country
    assert ranking(result) == [
        ("IDB", ["Digital ID training"]),
        ("WB", ["Identity systems advice"]),
    ]
    top = result[0]
    assert [str(reason) for reason in top.reasons] == [
        "offers training in digital identity",
        "covers Peru",
        "works in Spanish",
        "modality: training",
    ]
    assert [str(reason) for reason in result[1].reasons] == [
        "offers policy advice in digital identity",
        "covers the whole region",
    ]
    assert top.score > result[1].score


@pytest.mark.django_db
def test_inactive_draft_restricted_and_translated_services_never_match(menu):
    translate_tree(menu["services"]["idb_identity_peru"], ensure_locales())
    titles = {
        service_match.service.title
        for match in match_request(request_data(menu))
        for service_match in match.services
    }
    assert titles == {"Digital ID training", "Identity systems advice"}
    assert ServicePage.objects.filter(title__startswith="Digital ID training").count() == 4


@pytest.mark.django_db
def test_a_region_wide_service_ranks_below_one_naming_the_country(menu):
    # Same topic, both offered in English, no modality asked: only coverage differs.
    result = match_request(request_data(menu, language="en"))
    assert [match.agency.acronym for match in result] == ["IDB", "WB"]
    assert [reason.kind for reason in result[0].reasons] == ["topic", "country", "language"]
    assert [reason.kind for reason in result[1].reasons] == ["topic", "region", "language"]
    assert result[0].score > result[1].score


@pytest.mark.django_db
def test_a_country_nobody_covers_is_said_so_instead_of_guessing(menu):
    ServicePage.objects.filter(
        title__in=["Identity systems advice", "Open data assistance"]
    ).update(is_active=False)
    result = match_request(request_data(menu, country="HT"))
    assert result.uncovered_country
    assert list(result) == [] and not result
    assert result.message == "No service in the menu covers Haiti."
    # Region-wide services do cover it, without naming it.
    ServicePage.objects.update(is_active=True)
    covered = match_request(request_data(menu, country="HT"))
    assert not covered.uncovered_country
    assert [str(reason) for reason in covered[0].reasons][-1] == "covers the whole region"


@pytest.mark.django_db
def test_a_covered_country_without_a_service_on_the_topics_says_so(menu):
    result = match_request(request_data(menu, topics=("cybersecurity",)))
    assert not result.uncovered_country and result.no_topic_match
    assert list(result) == []
    assert result.message == "No service in the menu matches the requested topics."


@pytest.mark.django_db
def test_without_topics_every_service_covering_the_country_is_ranked(menu):
    result = match_request(request_data(menu, topics=(), language="en"))
    assert [match.agency.acronym for match in result] == ["IDB", "OAS", "WB"]
    idb_titles = [service_match.service.title for service_match in result[0].services]
    assert idb_titles[0] == "Digital ID training" and idb_titles[1].startswith("Service ")
    assert [str(reason) for reason in result[1].reasons] == [
        "covers the whole region",
        "works in English",
    ]
    assert "Identity for Chile" not in {m.service.title for match in result for m in match.services}


@pytest.mark.django_db
def test_reasons_are_worded_in_the_readers_language(menu):
    with translation.override("es"):
        reasons = [str(reason) for reason in match_request(request_data(menu))[0].reasons]
    assert any("Perú" in reason for reason in reasons)
    assert any("español" in reason.lower() for reason in reasons)


@pytest.mark.django_db
def test_a_stored_request_matches_like_its_data(menu, site_tree_en):
    stored = AssistanceRequest.objects.create(
        country="PE",
        institution="Ministerio",
        contact_name="Ana",
        email="ana@example.org",
        need="Identity",
        preferred_language="es",
        modality="training",
        consent_at="2026-01-01T00:00:00Z",
        locale=site_tree_en.topic.locale,
    )
    stored.topics.set([menu["topics"]["digital-identity"]])
    from_request = match_request(stored)
    from_data = match_request(request_data(menu, modality="training"))
    assert ranking(from_request) == ranking(from_data)
    assert [m.score for m in from_request] == [m.score for m in from_data]


@pytest.mark.django_db
def test_matching_takes_a_fixed_number_of_queries(menu):
    data = request_data(menu)
    match_request(data)  # labels cached, as in a running site

    def queries():
        with CaptureQueriesContext(connection) as captured:
            result = match_request(data)
        return len(captured.captured_queries), result

    before, _result = queries()
    for n in range(30):
        space = menu["spaces"][("IDB", "OAS", "WB")[n % 3]]
        factories.ServicePageFactory(
            parent=space,
            title=f"More identity work {n}",
            agencies=[space.agency, menu["wb"]],
            topics=[menu["topics"]["digital-identity"], menu["topics"]["open-data"]],
            countries=["PE"] if n % 2 else [],
            languages=["es"],
        )
    after, result = queries()
    assert after == before
    assert before <= 8
    assert sum(len(match.services) for match in result) > 30
