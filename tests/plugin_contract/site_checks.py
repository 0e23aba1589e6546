"""Run inside a settings variant that leaves one content app out (see test_plugin_contract.py).

Deliberately not named test_*.py: the main suite runs with every app installed, and this file
only makes sense in a process whose INSTALLED_APPS lacks an app.
"""

import datetime

import pytest
from django.apps import apps
from wagtail.models import Locale, Page, Site

from egecms.core.models import Agency, TopicPage
from egecms.core.registry import contribution_types


@pytest.mark.django_db
def test_topic_page_renders_with_the_installed_types_only(client):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    topic = root.add_child(instance=TopicPage(title="e-Government", slug="egov", locale=locale))
    Site.objects.update(root_page=topic)
    agency = Agency.objects.create(acronym="IDB", name="IDB", locale=locale)
    if apps.is_installed("clusters"):
        index = topic.add_child(
            instance=apps.get_model("clusters.ClusterIndexPage")(title="Clusters")
        )
        cluster = index.add_child(
            instance=apps.get_model("clusters.ClusterPage")(title="Skills", summary="s")
        )
        practice = apps.get_model("clusters.PracticePage")(
            title="A practice to keep",
            summary="s",
            countries=["PE"],
            year=2005,
            date=datetime.date.today(),
        )
        cluster.add_child(instance=practice)
        practice.agencies.set([agency])
        practice.save_revision().publish()

    response = client.get("/en/")

    assert response.status_code == 200
    registered = {entry.model._meta.app_label for entry in contribution_types}
    assert registered == {
        app for app in ("clusters", "services", "events") if apps.is_installed(app)
    }
    if apps.is_installed("clusters"):
        assert "A practice to keep" in response.content.decode()
