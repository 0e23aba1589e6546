"""Editors can open the editor of every page type, and topics are picked from the vocabulary."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from practices.models import PracticePage
from tests import factories
from tests.core.test_bad_input import add_url, practice_data

ADD_UNDER = [
    ("clusters", "clusters", "clusterpage"),
    ("issue_areas", "clusters", "issueareapage"),
    ("cluster", "practices", "practicepage"),
    ("agencies", "agencies", "agencypage"),
    ("agency", "services", "servicepage"),
    ("issue_area", "events", "eventpage"),
]


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    return client


@pytest.mark.django_db
def test_every_page_type_opens_in_the_editor(admin_client, site_tree_en):
    for name in (
        "topic",
        "clusters",
        "cluster",
        "issue_area",
        "practice",
        "agency",
        "service",
        "event",
        "calendar",
    ):
        page = site_tree_en.topic if name == "topic" else site_tree_en.pages[name]
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        assert response.status_code == 200, name
    for parent_name, app_label, model_name in ADD_UNDER:
        parent = site_tree_en.pages[parent_name]
        response = admin_client.get(
            reverse("wagtailadmin_pages:add", args=(app_label, model_name, parent.pk))
        )
        assert response.status_code == 200, (parent_name, model_name)


@pytest.mark.django_db
def test_topics_are_chosen_from_the_default_locale_vocabulary(admin_client, site_tree_en, locales):
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    factories.TopicFactory(
        name="Datos abiertos",
        slug="open-data",
        locale=locales["es"],
        translation_key=open_data.translation_key,
    )
    response = admin_client.get(add_url(PracticePage, site_tree_en.pages["cluster"]))
    choices = list(response.context["form"].fields["topics"].queryset)
    assert choices == [open_data]

    data = practice_data(site_tree_en.pages["agency_idb"], countries=["PE"], topics=[open_data.pk])
    response = admin_client.post(add_url(PracticePage, site_tree_en.pages["cluster"]), data)
    assert response.status_code == 302, response.context["form"].errors
    practice = PracticePage.objects.get(slug="ventanilla-unica")
    assert list(practice.topics.all()) == [open_data]

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(practice.pk,)))
    assert response.context["form"]["topics"].value() == [open_data.pk]
