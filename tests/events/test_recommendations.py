"""The compilation of conclusions and recommendations of events, and an event's own outcomes."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from events.compilation import compilation, compilation_context
from events.compilation_filters import RecommendationFilterSet as RecommendationFilters
from events.models import EventPage, Recommendation
from tests import bulk, factories
from tests.builders import translated_copy

MAX_COMPILATION_QUERIES = 12
# The whole page: the compilation's own queries and what every public page costs (site, menu,
# language switcher); 16 when written.
MAX_COMPILATION_PAGE_QUERIES = 20


def utc(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


def texts(response):
    return [item.text for item in response.context["items"]]


@pytest.fixture
def compilation_page(site_tree_en):
    return factories.RecommendationsPageFactory(parent=site_tree_en.topic, slug="recommendations")


@pytest.fixture
def outcomes(site_tree_en):
    """Three past events with recommendations, different in every filtered respect."""
    tree = site_tree_en
    idb, oas = tree.pages["agency_idb"], tree.pages["agency_oas"]
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    identity = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    lima = factories.EventPageFactory(
        parent=tree.pages["cluster"],
        title="Lima workshop",
        start=utc("2025-05-10T14:00"),
        country="PE",
        agencies=[idb],
    )
    # 02:00 UTC on New Year's Day is still 2025 in Lima: the year the event page shows.
    santiago = factories.EventPageFactory(
        parent=tree.pages["cluster"],
        title="Regional webinar",
        start=utc("2026-01-01T02:00"),
        timezone="America/Lima",
        country="",
        countries=["CL", "UY"],
        agencies=[oas],
    )
    panama = factories.EventPageFactory(
        parent=tree.pages["cluster"],
        title="Panama meeting",
        start=utc("2026-06-09T14:00"),
        country="PA",
        agencies=[idb, oas],
    )
    make = factories.RecommendationFactory
    return {
        "lima": lima,
        "santiago": santiago,
        "panama": panama,
        "open_data": open_data,
        "recommendations": [
            make(page=lima, text="Publish registers as open data", topic=open_data),
            make(
                page=lima,
                text="Train registrars",
                topic=identity,
                actors=["academia", "governments"],
                practice=tree.pages["practice"],
                issue_area=tree.pages["issue_area"],
            ),
            make(page=santiago, text="Share identity standards", topic=identity, actors=["donors"]),
            make(page=panama, text="Fund open data portals", topic=open_data, actors=["donors"]),
        ],
    }


@pytest.mark.django_db
def test_the_compilation_lists_recommendations_of_several_events_newest_first(
    client, site_tree_en, compilation_page, outcomes
):
    response = client.get(compilation_page.url)
    assert response.status_code == 200
    assert texts(response) == [
        "Fund open data portals",
        "Share identity standards",
        "Publish registers as open data",
        "Train registrars",
    ]
    html = response.content.decode()
    for event in (outcomes["lima"], outcomes["santiago"], outcomes["panama"]):
        assert f'<a href="{event.url}">{event.title}</a>' in html
    # The related practice and issue area, the topic and the actors are shown.
    assert f'href="{site_tree_en.pages["practice"].url}"' in html
    assert f'href="{site_tree_en.pages["issue_area"].url}"' in html
    assert "Donors and development partners" in html
    assert "Academia" in html and "Open data" in html
    # The date of the event as its page gives it (local wall clock).
    assert 'datetime="2025-12-31"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "open-data"}, {"Fund open data portals", "Publish registers as open data"}),
        ({"agency": "oas"}, {"Fund open data portals", "Share identity standards"}),
        ({"agency": "IDB"}, {"Fund open data portals", "Publish registers as open data", "Train registrars"}),
        ({"country": "pe"}, {"Publish registers as open data", "Train registrars"}),
        ({"country": "UY"}, {"Share identity standards"}),  # one of the event's countries
        ({"year": "2025"}, {"Publish registers as open data", "Train registrars", "Share identity standards"}),
        ({"year": "2026"}, {"Fund open data portals"}),
        ({"actor": "donors"}, {"Fund open data portals", "Share identity standards"}),
        ({"actor": "academia"}, {"Train registrars"}),
        ({"topic": "open-data", "agency": "IDB"}, {"Fund open data portals", "Publish registers as open data"}),
        ({"topic": "open-data", "year": "2025"}, {"Publish registers as open data"}),
        ({"actor": "donors", "country": "PA", "agency": "OAS"}, {"Fund open data portals"}),
        ({"topic": "open-data", "actor": "academia"}, set()),
    ],
)  # fmt: skip
def test_each_filter_narrows_the_compilation_and_they_combine(
    client, compilation_page, outcomes, query, expected
):
    response = client.get(compilation_page.url, query)
    assert set(texts(response)) == expected
    if not expected:
        assert "No recommendations match these filters." in response.content.decode()


@pytest.mark.django_db
def test_filter_options_are_what_occurs_and_the_current_choice_stays_selected(
    client, compilation_page, outcomes
):
    response = client.get(compilation_page.url, {"year": "2025", "topic": "open-data"})
    options = response.context["filter_options"]
    assert [option.value for option in options["year"]] == ["2026", "2025"]
    assert {option.value for option in options["topic"]} == {"open-data", "digital-identity"}
    assert {option.value for option in options["country"]} == {"PE", "CL", "UY", "PA"}
    assert {option.value for option in options["agency"]} == {"IDB", "OAS"}
    assert "donors" in {option.value for option in options["actor"]}
    html = response.content.decode()
    assert '<option value="2025" selected>' in html
    assert '<option value="open-data" selected>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"topic": "no-such-topic"},
        {"agency": "XYZ"},
        {"country": "FR"},
        {"country": "P,"},
        {"year": "1999"},
        {"year": "last"},
        {"actor": "aliens"},
        {"page": "999", "actor": "aliens"},
    ],
)
def test_unknown_filter_values_give_an_empty_list_not_an_error(
    client, compilation_page, outcomes, query
):
    response = client.get(compilation_page.url, query)
    assert response.status_code == 200
    assert texts(response) == []
    assert "No recommendations match these filters." in response.content.decode()


@pytest.mark.django_db
def test_pages_of_the_compilation_keep_the_filters_in_their_links(
    client, site_tree_en, compilation_page, outcomes
):
    for number in range(30):
        factories.RecommendationFactory(
            page=outcomes["panama"], text=f"More {number}", topic=outcomes["open_data"]
        )
    response = client.get(compilation_page.url, {"topic": "open-data"})
    assert len(texts(response)) == 24
    assert 'href="?topic=open-data&amp;page=2"' in response.content.decode()
    second = client.get(compilation_page.url, {"topic": "open-data", "page": "2"})
    assert len(texts(second)) == 32 - 24


@pytest.mark.django_db
def test_the_compilation_says_so_when_there_is_nothing_yet(client, compilation_page):
    response = client.get(compilation_page.url)
    assert texts(response) == []
    assert "No recommendations yet" in response.content.decode()


@pytest.mark.django_db
def test_draft_and_view_restricted_events_never_show_their_recommendations(
    client, site_tree_en, compilation_page, outcomes
):
    draft = factories.EventPageFactory(parent=site_tree_en.pages["cluster"], title="Draft")
    factories.RecommendationFactory(page=draft, text="Draft advice")
    draft.unpublish()
    private = factories.EventPageFactory(parent=site_tree_en.pages["cluster"], title="Private")
    factories.RecommendationFactory(page=private, text="Members-only advice")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    for query in ({}, {"actor": "governments"}, {"country": "PE"}):
        response = client.get(compilation_page.url, query)
        html = response.content.decode()
        assert "Draft advice" not in html and "Members-only advice" not in html
        assert "Draft advice" not in texts(response)
    assert len(texts(client.get(compilation_page.url))) == 4


@pytest.mark.django_db
def test_a_link_to_a_practice_under_a_view_restriction_is_left_out(
    client, site_tree_en, compilation_page, outcomes
):
    PageViewRestriction.objects.create(
        page=site_tree_en.pages["practice"], restriction_type=PageViewRestriction.LOGIN
    )
    item = next(
        item
        for item in client.get(compilation_page.url).context["items"]
        if item.text == "Train registrars"
    )
    assert item.practice is None
    assert item.issue_area is not None


@pytest.mark.django_db
def test_the_event_page_shows_its_conclusions_and_recommendations(
    client, site_tree_en, compilation_page, outcomes
):
    lima = outcomes["lima"]
    lima.conclusions = "<p>Registries must talk to each other.</p>"
    lima.save_revision().publish()
    lima.refresh_from_db()
    assert lima.recommendations.count() == 2  # publishing kept them

    html = client.get(lima.url).content.decode()
    assert '<h2 id="outcomes-heading">Conclusions and recommendations</h2>' in html
    assert "Registries must talk to each other." in html
    assert "Publish registers as open data" in html and "Train registrars" in html
    assert "Academia" in html and "Digital identity" in html
    assert "/en/issue-areas/skills-area/" in html
    assert f'href="{compilation_page.url}"' in html
    assert "Share identity standards" not in html  # another event's


@pytest.mark.django_db
def test_an_event_without_outcomes_has_no_such_section(client, site_tree_en):
    factories.RecommendationsPageFactory(parent=site_tree_en.topic, slug="recommendations")
    html = client.get(site_tree_en.pages["event"].url).content.decode()
    assert "outcomes-heading" not in html


def translate(page, locale):
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    return translation


@pytest.mark.django_db
def test_in_spanish_the_compilation_shows_the_spanish_copies_and_topic_names(client, site_tree):
    tree = site_tree
    es = Locale.objects.get(language_code="es")
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    datos = translated_copy(open_data, "es", name="Datos abiertos")
    compilation_page = factories.RecommendationsPageFactory(
        parent=tree.topic, slug="recommendations"
    )
    event = factories.EventPageFactory(
        parent=tree.pages["cluster"],
        title="Open data forum",
        start=timezone.now() - datetime.timedelta(days=30),
    )
    factories.RecommendationFactory(
        page=event, text="Open the budget", topic=open_data, practice=tree.pages["practice"]
    )
    factories.RecommendationFactory(page=event, text="Open the registers", topic=open_data)
    es_event = translate(event, es)
    es_compilation = translate(compilation_page, es)
    spanish = {
        "Open the budget": "Abrir el presupuesto",
        "Open the registers": "Abrir los registros",
    }
    for recommendation in Recommendation.objects.filter(page=es_event):
        recommendation.text = spanish[recommendation.text]
        if recommendation.text == "Abrir los registros":
            recommendation.topic = datos  # as wagtail-localize translates the topic
        recommendation.save()
    EventPage.objects.filter(pk=es_event.pk).update(title="Foro de datos abiertos")

    assert es_compilation.url.startswith("/es/")
    for query in ({}, {"topic": "open-data"}):
        response = client.get(es_compilation.url, query)
        assert sorted(texts(response)) == ["Abrir el presupuesto", "Abrir los registros"]
        html = response.content.decode()
        assert "Open the budget" not in html
        assert html.count('<li class="tag">Datos abiertos</li>') == 2
        assert "Foro de datos abiertos" in html
        assert f'href="{es_event.url}"' in html
        # The related practice in Spanish.
        assert f'href="{tree.get("practice", "es").url}"' in html
    english = client.get(compilation_page.url, {"topic": "open-data"})
    assert sorted(texts(english)) == ["Open the budget", "Open the registers"]


def many_recommendations(tree, *, events=700, per_event=3):
    """``events`` past events in bulk (see tests/bulk.py), alternately of the IDB and the OAS,
    each with ``per_event`` recommendations."""
    topics = [factories.TopicFactory(slug=f"topic-{n}", name=f"Topic {n}") for n in range(5)]
    start = timezone.now() - datetime.timedelta(days=2200)
    pages = {}
    for parity, agency in enumerate((tree.pages["agency_idb"], tree.pages["agency_oas"])):
        numbers = range(parity, events, 2)
        fields = []
        for index in numbers:
            begins = start + datetime.timedelta(days=index * 3)
            fields.append(
                {
                    "title": f"Event {index}",
                    "slug": f"event-{index}",
                    "summary": "A meeting",
                    "start": begins,
                    "end": begins + datetime.timedelta(hours=3),
                    "timezone": "America/Lima",
                    "country": ("PE", "CL", "BR")[index % 3],
                    "countries": ["MX"],
                }
            )
        created = bulk.live_events(tree.pages["cluster"], fields, agencies=[agency])
        pages.update(zip(numbers, created, strict=True))
    Recommendation.objects.bulk_create(
        Recommendation(
            page=pages[index],
            locale_id=pages[index].locale_id,
            sort_order=number,
            text=f"Recommendation {index}.{number}",
            topic=topics[(index + number) % 5],
            actors=["governments", "donors"] if number % 2 else ["academia"],
            practice=tree.pages["practice"],
            issue_area=tree.pages["issue_area"],
        )
        for index in range(events)
        for number in range(per_event)
    )


QUERIES = [
    {},
    {"topic": "topic-1", "agency": "IDB", "country": "PE", "actor": "academia"},
    {"year": str(timezone.now().year), "country": "MX", "page": "2"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
def test_compilation_queries_do_not_grow_with_content(
    client, site_tree_en, compilation_page, django_assert_max_num_queries, query
):
    many_recommendations(site_tree_en)
    compilation_context(compilation_page, RequestFactory().get(compilation_page.url, query))
    request = RequestFactory().get(compilation_page.url, query)
    with django_assert_max_num_queries(MAX_COMPILATION_QUERIES):
        context = compilation_context(compilation_page, request)
        assert context["items"]
    client.get(compilation_page.url, query)
    with django_assert_max_num_queries(MAX_COMPILATION_PAGE_QUERIES):
        response = client.get(compilation_page.url, query)
    assert response.status_code == 200
    if not query:
        assert len(response.context["items"]) == 24  # one page
        assert response.context["page_obj"].paginator.count == 2100


@pytest.mark.django_db
def test_the_compilation_works_without_a_request(site_tree_en, outcomes):
    result = compilation(
        locale=site_tree_en.topic.locale_id, filters=RecommendationFilters(actor="donors")
    )
    assert {item.text for item in result["items"]} == {
        "Fund open data portals",
        "Share identity standards",
    }
