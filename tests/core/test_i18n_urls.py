"""Language-prefixed URLs: "/" sends each visitor to their best language."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    "accept_language,expected",
    [
        ("es-PE,es;q=0.9", "/es/"),
        ("pt-BR,pt;q=0.8", "/pt/"),
        ("fr-HT", "/fr/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_best_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es", "pt", "fr"])
def test_each_language_prefix_serves_its_topic_page(client, site_tree, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert response.context["page"].locale.language_code == language


@pytest.mark.django_db
def test_interface_strings_follow_the_page_language(client, site_tree):
    html = client.get(site_tree.get("practice", "es").get_url()).content.decode()
    assert "Saltar al contenido" in html
