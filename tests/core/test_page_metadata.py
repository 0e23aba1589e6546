"""Every public page tells search engines and link previews what it is, in each language: a
description, its canonical address (no query string) and Open Graph / Twitter card tags."""

from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import Locale, Page

from egecms.core.metadata import DEFAULT_OG_LOCALES
from egecms.core.models.contributions import Contribution
from tests.builders import LANGUAGES


class HeadTags(HTMLParser):
    """The ``<meta>`` and ``<link>`` tags of a document's ``<head>``."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self._in_head = [], [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag == "meta":
            self.meta.append(attrs)
        elif self._in_head and tag == "link":
            self.links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False

    def property(self, name):
        """Every value of ``<meta property=name>`` (Open Graph) or ``<meta name=name>``."""
        return [
            tag["content"] for tag in self.meta if name in (tag.get("property"), tag.get("name"))
        ]

    def canonical(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return HeadTags(response.content.decode())


def public_pages(tree):
    return [tree.topic] + [page for page in tree.pages.values() if isinstance(page, Page)]


@pytest.mark.django_db
def test_every_public_page_type_has_its_metadata_in_every_language(client, site_tree):
    seen_types = set()
    for original in public_pages(site_tree):
        for language in LANGUAGES:
            page = original.get_translation(Locale.objects.get(language_code=language)).specific
            url = page.get_url()
            assert url.startswith(f"/{language}/")
            head = head_of(client, url)
            where = f"{type(page).__name__} ({language})"

            [description] = head.property("description")
            assert description, where
            assert head.property("og:description") == [description], where
            assert head.canonical() == [f"http://testserver{url}"], where
            assert head.property("og:url") == [f"http://testserver{url}"], where
            assert head.property("og:title") == [page.seo_title or page.title], where
            expected_type = "article" if isinstance(page, Contribution) else "website"
            assert head.property("og:type") == [expected_type], where
            assert head.property("og:site_name"), where
            assert head.property("og:locale") == [DEFAULT_OG_LOCALES[language]], where
            others = {DEFAULT_OG_LOCALES[code] for code in LANGUAGES if code != language}
            assert set(head.property("og:locale:alternate")) == others, where
            assert head.property("twitter:card") == ["summary"], where
            seen_types.add(type(page))
    assert any(issubclass(model, Contribution) for model in seen_types)
    assert len(seen_types) >= 5


@pytest.mark.django_db
def test_the_canonical_address_drops_the_query_string(client, site_tree):
    practices = site_tree.pages["practices"]
    head = head_of(client, f"{practices.url}?page=2&country=PE&untranslated=en")
    assert head.canonical() == [f"http://testserver{practices.url}"]
    assert "?" not in head.property("og:url")[0]


@pytest.mark.django_db
def test_only_existing_translations_are_named_as_alternates(client, site_tree_en):
    head = head_of(client, site_tree_en.pages["practice"].url)
    assert head.property("og:locale") == ["en_US"]
    assert head.property("og:locale:alternate") == []


@pytest.mark.django_db
def test_the_search_description_is_preferred_and_a_page_without_text_still_has_one(
    client, site_tree_en
):
    practice = site_tree_en.pages["practice"]
    practice.search_description = "What search engines should say"
    practice.save_revision().publish()
    assert head_of(client, practice.url).property("description") == [
        "What search engines should say"
    ]

    clusters = site_tree_en.pages["clusters"]
    clusters.intro = ""
    clusters.save_revision().publish()
    [fallback] = head_of(client, clusters.url).property("description")
    assert "Latin America and the Caribbean" in fallback


@pytest.mark.django_db
def test_pages_without_a_page_still_render_without_page_metadata(client, site_tree_en):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    head = HeadTags(response.content.decode())
    assert head.canonical() == []
    assert head.property("og:title") == []
    assert head.property("description") == []

    request = RequestFactory().get("/en/some-view/")
    html = render_to_string("base.html", {"request": request})
    assert "<title>" in html
    assert HeadTags(html).canonical() == []
