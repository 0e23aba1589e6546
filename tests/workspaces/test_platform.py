"""The limited-access platform: member agencies and the board see it; nobody else, anywhere."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from egecms.platform.models import InternalDocumentPage, PlatformPage
from egecms.workspaces import roles
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.workspaces.helpers import user_in

DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  ICA: {name: Institute for Connectivity in the Americas, status: prospective}
clusters:
  skills:
    lead: [IDB]
"""
MARKER = "Confidential notes of the PMT"


@pytest.fixture
def platform(site_tree_en):
    platform = site_tree_en.topic.add_child(
        instance=PlatformPage(title="Platform", slug="platform", show_in_menus=True)
    )
    document = platform.add_child(
        instance=InternalDocumentPage(title=MARKER, slug="notes", summary="Not for the public")
    )
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    return platform, document


@pytest.mark.django_db
@pytest.mark.parametrize(
    "group_name,allowed",
    [
        (None, False),  # anonymous
        ("ICA editors", False),  # a prospective agency
        ("Translators (en)", False),
        ("IDB editors", True),
        ("OAS program managers", True),
        (roles.EDITORIAL_BOARD, True),
    ],
)
def test_who_can_read_the_platform(client, platform, group_name, allowed):
    _platform, document = platform
    if group_name:
        client.force_login(user_in(group_name, "reader"))
    response = client.get(document.url)
    if allowed:
        assert response.status_code == 200
        assert MARKER in response.content.decode()
    else:
        assert response.status_code in (302, 403)
        assert MARKER not in response.content.decode()


@pytest.mark.django_db
def test_platform_stays_out_of_public_menus_and_listings(client, platform):
    for url in ("/en/", "/en/practices/", "/sitemap.xml"):
        html = client.get(url).content.decode()
        assert MARKER not in html
        assert "/en/platform/" not in html


@pytest.mark.django_db
def test_platform_documents_are_served_to_members_only(client, platform):
    collection = Collection.objects.get(name=roles.PLATFORM_COLLECTION)
    document = get_document_model().objects.create(
        title="Minutes",
        collection=collection,
        file=ContentFile(b"secret minutes", name="minutes.txt"),
    )
    assert client.get(document.url).status_code in (302, 403)
    client.force_login(user_in("OAS editors", "oas"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"secret minutes" in b"".join(response.streaming_content)


@pytest.mark.django_db
def test_provisioning_the_platform_twice_changes_nothing(platform):
    assert ProvisionWorkspaces(parse_description(DESCRIPTION)).execute().changes == []
