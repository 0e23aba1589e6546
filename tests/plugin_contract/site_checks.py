"""Run inside a site that leaves one content app out (see tests/core/test_plugin_contract.py).

Deliberately not named test_*.py: the main suite runs with every app installed, and this file
only makes sense in a process whose INSTALLED_APPS lacks an app.
"""

import datetime

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from egecms.core.models import Agency, TopicPage, set_workspace_agencies
from egecms.core.registry import contribution_types

# The content apps that register contribution types, and the one each registers.
CONTRIBUTING_APPS = {
    "practices": "PracticePage",
    "services": "ServicePage",
    "events": "EventPage",
    "coordination": "ActivityPage",
}


def _installed(label):
    return apps.is_installed(label)


def _a_work_space(topic, agency):
    """A cluster where the clusters app is installed, else the agency's own space, else none."""
    if _installed("clusters"):
        index = topic.add_child(
            instance=apps.get_model("clusters.ClusterIndexPage")(title="Clusters")
        )
        cluster = index.add_child(
            instance=apps.get_model("clusters.ClusterPage")(title="Skills", summary="s")
        )
        set_workspace_agencies(cluster, leads=[agency])
        return cluster
    if _installed("agencies"):
        index = topic.add_child(
            instance=apps.get_model("agencies.AgencyIndexPage")(title="Agencies")
        )
        return index.add_child(
            instance=apps.get_model("agencies.AgencyPage")(title="IDB", agency=agency)
        )
    return None


def test_the_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_the_migrations_hold_together_and_match_the_models():
    """Every migration's dependencies exist without the app (the whole plan from an empty
    database can be made), and the installed apps' models need no migration that is not
    there. (This process makes its tables from the models: see test_plugin_contract.py.)"""
    with override_settings(MIGRATION_MODULES={}):
        loader = MigrationLoader(None, ignore_no_migrations=True)
        plan = loader.graph.leaf_nodes()
        assert plan and all(loader.graph.forwards_plan(node) for node in plan)
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)


@pytest.mark.django_db
def test_the_site_renders_with_the_installed_types_only(client):
    left_out = set(settings.CONTENT_APPS) - {
        app for app in settings.CONTENT_APPS if _installed(app)
    }
    assert len(left_out) == 1, "run with tests.settings_without_app"
    locale = Locale.objects.get_or_create(language_code="en")[0]
    # Wagtail's migrations make the tree's root; tables made from the models have none.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", root_page=root, is_default_site=True)
    topic = root.add_child(instance=TopicPage(title="e-Government", slug="egov", locale=locale))
    Site.objects.update(root_page=topic)
    agency = Agency.objects.create(acronym="IDB", name="IDB", locale=locale)
    space = _a_work_space(topic, agency)
    if _installed("practices") and space is not None:
        library = apps.get_model("practices.PracticeLibraryPage")
        topic.add_child(instance=library(title="Practices", slug="practices"))
        practice = apps.get_model("practices.PracticePage")(
            title="A practice to keep",
            summary="s",
            countries=["PE"],
            year=2005,
            date=datetime.date.today(),
        )
        space.add_child(instance=practice)
        practice.agencies.set([agency])
        practice.save_revision().publish()

    if _installed("coordination"):
        profiles = apps.get_model("coordination.CountryProfilesPage")
        topic.add_child(instance=profiles(title="Who does what where", slug="countries"))

    pages = [topic, *topic.get_descendants().live().specific()]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url

    registered = {entry.model._meta.app_label for entry in contribution_types}
    assert registered == {app for app in CONTRIBUTING_APPS if _installed(app)}
    if _installed("practices") and space is not None:
        assert "A practice to keep" in client.get("/en/").content.decode()
    if _installed("coordination"):
        # The matrix and a profile, whichever of the apps they count are installed.
        assert client.get("/en/countries/pe/").status_code == 200
        assert client.get("/en/countries/csv/").status_code == 200
