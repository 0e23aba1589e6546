"""What crawlers and browsers ask the site's root for (``egecms/serving/crawlers.py``)."""

import pytest
from django.templatetags.static import static


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap_on_this_host(client):
    response = client.get("/robots.txt", headers={"host": "127.0.0.1:8765"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/django-admin/", "/*/_util/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://127.0.0.1:8765/sitemap.xml" in lines


@pytest.mark.django_db
def test_robots_txt_names_the_canonical_base_url_when_one_is_set(client, settings):
    settings.EGECMS = {**settings.EGECMS, "CANONICAL_BASE_URL": "https://egov.example.org/"}
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Sitemap: https://egov.example.org/sitemap.xml" in lines


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_icon_every_page_names(client, site_tree_en):
    """Each page visit logged a 404 for /favicon.ico in the browser's console (Lighthouse)."""
    icon = static("egecms/favicon.svg")
    assert client.get("/favicon.ico")["Location"] == icon
    page = client.get("/en/").content.decode()
    assert f'<link rel="icon" href="{icon}" type="image/svg+xml">' in page
