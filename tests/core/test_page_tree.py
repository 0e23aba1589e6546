"""Every page type: where it may live, what it may contain, and that it renders in every locale."""

import pytest
from wagtail.models import Page

from agencies.models import AgencyIndexPage, AgencyPage
from assistance.models import AssistanceRequestPage
from clusters.models import ClusterIndexPage, ClusterPage, IssueAreaIndexPage, IssueAreaPage
from coordination.models import ActivityPage, CountryProfilesPage
from egecms.core.models import TopicPage
from egecms.platform.models import InternalDocumentPage, PlatformPage
from egecms.search.models import SearchPage
from events.models import CalendarPage, EventPage, RecommendationsPage
from practices.models import PracticeLibraryPage, PracticePage
from services.models import ServiceMenuPage, ServicePage
from tests.builders import LANGUAGES

WORKSPACES = {ClusterPage, IssueAreaPage, AgencyPage}
SECTIONS = {
    PlatformPage,
    ClusterIndexPage,
    IssueAreaIndexPage,
    PracticeLibraryPage,
    AgencyIndexPage,
    ServiceMenuPage,
    AssistanceRequestPage,
    CalendarPage,
    RecommendationsPage,
    SearchPage,
    CountryProfilesPage,
}

ALLOWED_PARENTS = {
    TopicPage: {Page},
    ClusterIndexPage: {TopicPage},
    IssueAreaIndexPage: {TopicPage},
    PracticeLibraryPage: {TopicPage},
    AgencyIndexPage: {TopicPage},
    ServiceMenuPage: {TopicPage},
    AssistanceRequestPage: {TopicPage},
    RecommendationsPage: {TopicPage},
    CalendarPage: {TopicPage},
    SearchPage: {TopicPage},
    ClusterPage: {ClusterIndexPage},
    IssueAreaPage: {IssueAreaIndexPage},
    AgencyPage: {AgencyIndexPage},
    PracticePage: WORKSPACES,
    EventPage: WORKSPACES,
    ServicePage: {AgencyPage},
    PlatformPage: {TopicPage},
    InternalDocumentPage: {PlatformPage},
    CountryProfilesPage: {TopicPage},
    ActivityPage: {AgencyPage},
}


@pytest.mark.parametrize("model", list(ALLOWED_PARENTS), ids=lambda model: model.__name__)
def test_allowed_parent_page_types(model):
    assert set(model.allowed_parent_page_models()) == ALLOWED_PARENTS[model]


@pytest.mark.parametrize(
    "parent,children",
    [
        (TopicPage, SECTIONS),
        (ClusterIndexPage, {ClusterPage}),
        (ClusterPage, {PracticePage, EventPage}),
        (IssueAreaPage, {PracticePage, EventPage}),
        (AgencyPage, {PracticePage, EventPage, ServicePage, ActivityPage}),
        (CountryProfilesPage, set()),
        (PracticeLibraryPage, set()),
        (ServicePage, set()),
        (EventPage, set()),
        (SearchPage, set()),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_allowed_subpage_types(parent, children):
    assert set(parent.allowed_subpage_models()) == children


@pytest.mark.parametrize("model", list(ALLOWED_PARENTS), ids=lambda model: model.__name__)
def test_every_page_type_is_creatable(model):
    assert model.is_creatable


PAGE_NAMES = [
    "topic", "clusters", "issue_areas", "practices", "cluster", "issue_area", "practice",
    "agencies", "services", "agency", "service", "calendar", "event",
]  # fmt: skip


@pytest.mark.django_db
def test_every_page_type_renders_in_every_locale(client, site_tree):
    site_tree.pages["topic"] = site_tree.topic
    for name in PAGE_NAMES:
        for language in LANGUAGES:
            page = site_tree.get(name, language)
            url = page.get_url()
            assert url.startswith(f"/{language}/"), url
            response = client.get(url)
            assert response.status_code == 200, (name, language, url)
            assert page.title in response.content.decode()
            assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page_in_each_language(client, site_tree):
    practice = site_tree.get("practice", "pt")
    html = client.get(practice.get_url()).content.decode()
    for language in LANGUAGES:
        assert f'href="{site_tree.get("practice", language).get_url()}"' in html


@pytest.mark.django_db
def test_language_switcher_falls_back_to_the_nearest_translated_ancestor(client, site_tree):
    site_tree.get("practice", "fr").delete()
    html = client.get(site_tree.get("practice", "es").get_url()).content.decode()
    french_cluster = site_tree.get("cluster", "fr").get_url()
    assert f'href="{french_cluster}?untranslated=es"' in html
