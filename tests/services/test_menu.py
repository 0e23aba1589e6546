"""The menu of services for readers: filters, the agencies × topics matrix, what stays out,
Spanish labels and query bounds."""

from types import SimpleNamespace

import pytest
from django.http import QueryDict
from wagtail.models import Locale, PageViewRestriction

from egecms.core.labels import Label, LocaleLabels
from egecms.core.models import PageTopic
from services.filters import ServiceFilterSet as ServiceFilters
from services.menu import service_matrix
from services.models import ServicePage
from tests import bulk, factories
from tests.builders import translated_copy


def list_titles(response):
    return {card.page.title for card in response.context["cards"]}


def matrix_titles(response):
    matrix = response.context["matrix"]
    return {entry.title for row in matrix.rows for cell in row.cells for entry in cell.entries}


def matrix_cells(response):
    """``{(agency acronym, topic name): {service titles}}`` of the non-empty cells."""
    matrix = response.context["matrix"]
    return {
        (row.agency.short, cell.topic.name): {entry.title for entry in cell.entries}
        for row in matrix.rows
        for cell in row.cells
        if cell.entries
    }


@pytest.fixture
def menu(site_tree_en):
    """Three services of IDB and OAS on two topics, besides the site's own "a-service"."""
    tree = site_tree_en
    idb, oas = tree.pages["agency_idb"], tree.pages["agency_oas"]
    open_data = factories.TopicFactory(name="Open data", slug="open-data", is_strategic_area=True)
    identity = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    agency = tree.pages["agency"]
    factories.ServicePageFactory(
        parent=agency,
        title="Open data course",
        agencies=[idb],
        topics=[open_data],
        countries=["PE"],
        languages=["es"],
        modality=ServicePage.Modality.TRAINING,
    )
    factories.ServicePageFactory(
        parent=agency,
        title="Identity loans",
        agencies=[oas],
        topics=[identity],
        countries=["BR"],
        languages=["pt", "en"],
        modality=ServicePage.Modality.FINANCING,
    )
    factories.ServicePageFactory(
        parent=agency,
        title="Joint policy advice",
        agencies=[idb, oas],
        topics=[open_data, identity],
        countries=["CL"],
        languages=["fr"],
        modality=ServicePage.Modality.POLICY_ADVICE,
    )
    return SimpleNamespace(url=tree.pages["services"].url, site_service=tree.pages["service"].title)


OURS = {"Open data course", "Identity loans", "Joint policy advice"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, OURS),
        ({"topic": "open-data"}, {"Open data course", "Joint policy advice"}),
        ({"agency": "OAS"}, {"Identity loans", "Joint policy advice"}),
        ({"agency": "oas"}, {"Identity loans", "Joint policy advice"}),
        ({"modality": "financing"}, {"Identity loans"}),
        ({"country": "CL"}, {"Joint policy advice"}),
        ({"country": "pe"}, {"Open data course"}),
        ({"language": "pt"}, {"Identity loans"}),
        ({"language": "en"}, {"Identity loans"}),
        # combined
        ({"topic": "digital-identity", "agency": "IDB"}, {"Joint policy advice"}),
        ({"modality": "training", "country": "PE", "language": "es"}, {"Open data course"}),
        ({"agency": "OAS", "language": "es"}, set()),
        # unknown topics and agencies match nothing; other unknown values are ignored
        ({"topic": "no-such-topic"}, set()),
        ({"agency": "XYZ"}, set()),
        ({"topic": "open\x00data"}, set()),
        ({"modality": "juggling"}, OURS),
        ({"modality": "training\x00"}, OURS),
        ({"language": "xx"}, OURS),
        ({"language": "\x00"}, OURS),
        ({"country": "XX"}, OURS),
        ({"page": "abc"}, OURS),
    ],
)
def test_filters_narrow_the_list_and_the_matrix_alike(client, menu, query, expected):
    as_list = client.get(menu.url, {**query, "view": "list"})
    as_matrix = client.get(menu.url, {**query, "view": "matrix"})
    assert as_list.status_code == as_matrix.status_code == 200
    assert list_titles(as_list) & OURS == expected
    assert matrix_titles(as_matrix) & OURS == expected


@pytest.mark.django_db
def test_the_site_service_without_topic_is_listed_unless_a_filter_leaves_it_out(client, menu):
    assert menu.site_service in list_titles(client.get(menu.url))
    assert menu.site_service in matrix_titles(client.get(menu.url, {"view": "matrix"}))
    assert menu.site_service not in list_titles(client.get(menu.url, {"modality": "financing"}))


@pytest.mark.django_db
def test_the_matrix_files_each_service_under_each_of_its_agencies_and_topics(client, menu):
    response = client.get(menu.url, {"view": "matrix"})
    assert matrix_cells(response) == {
        ("IDB", "Open data"): {"Open data course", "Joint policy advice"},
        ("IDB", "Digital identity"): {"Joint policy advice"},
        ("IDB", "Without a topic"): {menu.site_service},
        ("OAS", "Open data"): {"Joint policy advice"},
        ("OAS", "Digital identity"): {"Identity loans", "Joint policy advice"},
    }
    matrix = response.context["matrix"]
    # Strategic areas first, then by name; agencies by acronym.
    assert [column.name for column in matrix.columns] == [
        "Open data",
        "Digital identity",
        "Without a topic",
    ]
    assert [row.agency.short for row in matrix.rows] == ["IDB", "OAS"]
    assert matrix.service_count == 4


@pytest.mark.django_db
def test_agency_and_topic_filters_keep_only_their_row_and_column(client, menu):
    response = client.get(menu.url, {"view": "matrix", "agency": "oas", "topic": "open-data"})
    assert matrix_cells(response) == {("OAS", "Open data"): {"Joint policy advice"}}
    assert [column.name for column in response.context["matrix"].columns] == ["Open data"]


@pytest.mark.django_db
def test_the_matrix_is_an_accessible_table_with_empty_cells_marked(client, menu):
    html = client.get(menu.url, {"view": "matrix"}).content.decode()
    assert "<caption" in html
    assert html.index('<th scope="col">Open data</th>') < html.index(
        '<th scope="col">Digital identity</th>'
    )
    assert '<th scope="row"><span class="service-matrix__agency">OAS</span>' in html
    # OAS offers nothing "without a topic": one empty cell, marked for eyes and ears.
    assert html.count('<span class="visually-hidden">No service</span>') == 1
    assert 'aria-hidden="true">—</span>' in html
    assert '<span class="badge service-matrix__modality">Financing</span>' in html
    # The narrow-screen reading of the matrix: one section per agency.
    assert "<h3>OAS — Organization of American States</h3>" in html


@pytest.mark.django_db
def test_view_switch_and_filters_keep_each_other(client, menu):
    html = client.get(menu.url, {"topic": "open-data", "view": "matrix"}).content.decode()
    assert 'href="?topic=open-data&amp;view=list"' in html
    assert 'href="?topic=open-data&amp;view=matrix" aria-current="page"' in html
    assert '<input type="hidden" name="view" value="matrix">' in html
    assert '<option value="open-data" selected>Open data</option>' in html
    assert client.get(menu.url, {"view": "nonsense"}).context["view"] == "list"


@pytest.mark.django_db
def test_a_filter_matching_nothing_says_so(client, menu):
    for view in ("list", "matrix"):
        html = client.get(menu.url, {"view": view, "agency": "XYZ"}).content.decode()
        assert "No service matches these filters." in html


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["0", "-3", "abc", "9" * 30, "2\x00"])
def test_odd_page_numbers_never_fail(client, menu, page):
    response = client.get(menu.url, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number >= 1


@pytest.mark.django_db
def test_marking_a_topic_as_a_strategic_area_moves_its_column_first(client, menu):
    def column_names():
        matrix = client.get(menu.url, {"view": "matrix"}).context["matrix"]
        return [column.name for column in matrix.columns]

    assert column_names()[:2] == ["Open data", "Digital identity"]  # now cached
    identity = factories.TopicFactory(slug="digital-identity")
    identity.is_strategic_area = True
    identity.save()
    open_data = factories.TopicFactory(slug="open-data")
    open_data.is_strategic_area = False
    open_data.save()
    assert column_names()[:2] == ["Digital identity", "Open data"]


@pytest.mark.django_db
def test_inactive_draft_and_restricted_services_stay_out(client, site_tree_en, menu):
    tree = site_tree_en
    factories.ServicePageFactory(
        parent=tree.pages["agency"], title="Retired offer", is_active=False
    )
    factories.ServicePageFactory(parent=tree.pages["agency"], title="Not yet", live=False)
    members_only = factories.AgencyPageFactory(
        parent=tree.pages["agencies"], slug="oas-members", agency=tree.pages["agency_oas"]
    )
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    factories.ServicePageFactory(parent=members_only, title="Members only")
    hidden = {"Retired offer", "Not yet", "Members only"}
    assert not list_titles(client.get(menu.url)) & hidden
    assert not matrix_titles(client.get(menu.url, {"view": "matrix"})) & hidden
    assert OURS <= list_titles(client.get(menu.url))


@pytest.mark.django_db
def test_in_spanish_agencies_topics_modalities_and_countries_are_named_in_spanish(
    client, site_tree
):
    tree = site_tree
    es = Locale.objects.get(language_code="es")
    idb = tree.pages["agency_idb"]
    translated_copy(idb, "es", name="Banco Interamericano de Desarrollo")
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    translated_copy(open_data, "es", name="Datos abiertos")
    service = factories.ServicePageFactory(
        parent=tree.pages["agency"],
        title="Open data course",
        agencies=[idb],
        topics=[open_data],
        countries=["PE"],
        modality=ServicePage.Modality.TECHNICAL_ASSISTANCE,
    )
    translation = service.copy_for_translation(es, copy_parents=True)
    translation.title = "Curso de datos abiertos"
    translation.save_revision().publish()
    url = tree.get("services", "es").url
    assert url.startswith("/es/")

    as_list = client.get(url).content.decode()
    as_matrix = client.get(url, {"view": "matrix"}).content.decode()
    for html in (as_list, as_matrix):
        assert "Curso de datos abiertos" in html
        assert "Open data course" not in html
        assert "Banco Interamericano de Desarrollo" in html
        assert "Datos abiertos" in html
        assert "Asistencia técnica" in html  # the modality
        assert '<option value="PE">Perú</option>' in html
        assert '<option value="en">Inglés</option>' in html  # Django names languages
    assert "<dd>Perú</dd>" in as_list  # the countries a card covers
    assert '<th scope="col">Datos abiertos</th>' in as_matrix


def test_service_filters_keep_known_values_only():
    query = QueryDict("topic=open%00data&agency=idb&country=pe&modality=financing&language=pt")
    filters = ServiceFilters.from_query(query)
    assert filters.topic == "open\ufffddata"  # matches nothing, and PostgreSQL accepts it
    assert (filters.agency, filters.country) == ("idb", "PE")
    assert (filters.modality, filters.language) == ("financing", "pt")
    assert filters.active
    unknown = ServiceFilters.from_query(QueryDict("modality=juggling&language=xx%00"))
    assert (unknown.modality, unknown.language, unknown.active) == ("", "", False)


def test_the_matrix_builder_needs_no_database():
    def service(pk, title, modality="training"):
        return SimpleNamespace(
            pk=pk,
            title=title,
            modality=modality,
            get_url=lambda request=None: f"/services/{pk}/",
            get_modality_display=lambda: modality.title(),
        )

    labels = LocaleLabels(
        agencies={
            1: Label(slug="WB", name="World Bank", short="WB"),
            2: Label(slug="IDB", name="Inter-American Development Bank", short="IDB"),
            3: Label(slug="OAS", name="Organization of American States", short="OAS"),
        },
        topics={
            10: Label(slug="zeta", name="Zeta", short="Zeta"),
            11: Label(slug="alpha", name="alpha", short="alpha"),
            12: Label(slug="unused", name="Unused", short="Unused"),
        },
    )
    matrix = service_matrix(
        [service(100, "b service"), service(101, "A service", "financing")],
        agency_ids={100: [1, 2], 101: [2]},
        topic_ids={100: [10, 11], 101: [11]},
        labels=labels,
        strategic_topic_ids={10},
    )
    assert [column.name for column in matrix.columns] == ["Zeta", "alpha"]  # strategic first
    assert [row.agency.short for row in matrix.rows] == ["IDB", "WB"]  # OAS offers nothing
    idb = matrix.rows[0]
    assert [[entry.title for entry in cell.entries] for cell in idb.cells] == [
        ["b service"],
        ["A service", "b service"],
    ]
    assert idb.cells[1].entries[0].modality_label == "Financing"
    assert matrix.service_count == 2


def many_services(tree, count):
    """``count`` live services across 5 agencies and 8 topics, in bulk (see tests/bulk.py)."""
    agencies = [tree.pages["agency_idb"], tree.pages["agency_oas"]]
    agencies += [factories.AgencyFactory() for _ in range(3)]
    topics = [
        factories.TopicFactory(
            name=f"Menu topic {index}", slug=f"menu-topic-{index}", is_strategic_area=index < 3
        )
        for index in range(8)
    ]
    modalities = ServicePage.Modality.values
    countries = ["PE", "BR", "CL", "MX", "CO"]
    services = bulk.live_pages(
        tree.pages["agency"],
        ServicePage,
        [
            {
                "title": f"Service {index}",
                "slug": f"service-{index}",
                "summary": "Expertise on offer",
                "modality": modalities[index % len(modalities)],
                "countries": [countries[index % 5], countries[(index + 2) % 5]],
                "languages": [["es"], ["en", "pt"], ["fr", "es"]][index % 3],
            }
            for index in range(count)
        ],
    )
    through = ServicePage.agencies.through
    through.objects.bulk_create(
        through(servicepage_id=page.pk, agency_id=agencies[(index + step) % 5].pk)
        for index, page in enumerate(services)
        for step in range(1 + index % 2)
    )
    PageTopic.objects.bulk_create(
        PageTopic(content_object_id=page.pk, tag_id=topics[(index + step * 3) % 8].pk)
        for index, page in enumerate(services)
        for step in range(1 + index % 2)
    )
    return services


# Issue 15: at most 12, flat; the site, the menu and the restricted paths are kept between
# requests (egecms.core.structure_cache).
MAX_MENU_QUERIES = 8
BOUNDED_QUERIES = [
    {"view": "list"},
    {"view": "list", "page": "3"},
    {"view": "list", "topic": "menu-topic-0", "country": "PE"},
    {"view": "matrix"},
    {"view": "matrix", "agency": "OAS", "language": "es", "modality": "training"},
]


@pytest.mark.django_db
def test_menu_views_issue_a_bounded_number_of_queries(
    client, site_tree_en, django_assert_max_num_queries
):
    many_services(site_tree_en, 2000)
    url = site_tree_en.pages["services"].url
    for query in BOUNDED_QUERIES:
        client.get(url, query)  # warm Wagtail's site-root cache and the labels
        with django_assert_max_num_queries(MAX_MENU_QUERIES):
            response = client.get(url, query)
        assert response.status_code == 200
        if query["view"] == "list":
            assert len(response.context["cards"]) == 24, query
            assert 'rel="next"' in response.content.decode()
            continue
        matrix = response.context["matrix"]
        if "agency" in query:
            assert [row.agency.short for row in matrix.rows] == ["OAS"]
            assert 0 < matrix.service_count < 2000
        else:
            assert matrix.service_count == 2001  # and the site's own service
            assert (len(matrix.rows), len(matrix.columns)) == (5, 9)  # 8 topics, "without"
