"""What readers of a translation see: notices, the language switcher, hreflang, the sitemap."""

import re
from collections import Counter

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from tests.localization.test_sync import translate_all

STALE = "This translation is based on the"


@pytest.fixture
def syncing(settings):
    settings.EGECMS = {**settings.EGECMS, "SYNC_TRANSLATIONS_ON_PUBLISH": True}


@pytest.mark.django_db
def test_the_stale_notice_comes_and_goes_with_the_original(
    client, site_tree, syncing, django_capture_on_commit_callbacks
):
    practice = site_tree.pages["practice"]
    practice.save_revision().publish()  # first sync: the original's text becomes a source
    pt = Locale.objects.get(language_code="pt")
    translation = Translation.objects.get(
        source__object_id=practice.translation_key, target_locale=pt
    )
    translate_all(translation, "[pt]")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)  # the Portuguese translation, up to date
    portuguese = practice.get_translation(pt)
    assert STALE not in client.get(portuguese.get_url()).content.decode()

    practice.summary = "A new summary in English"
    practice.save_revision().publish()
    html = client.get(portuguese.get_url()).content.decode()
    assert "Esta tradução baseia-se na versão em inglês" in html  # in the reader's language
    assert f'href="{practice.get_url()}"' in html  # with a link to the original

    translate_all(translation, "[pt]")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert "Esta tradução baseia-se" not in client.get(portuguese.get_url()).content.decode()


@pytest.mark.django_db
def test_a_missing_translation_leads_to_the_nearest_page_with_a_notice(client, site_tree):
    site_tree.get("practice", "fr").delete()
    html = client.get(site_tree.get("practice", "es").get_url()).content.decode()
    link = re.search(r'href="([^"]*\?untranslated=es)"', html).group(1)
    landing = client.get(link).content.decode()
    assert site_tree.get("cluster", "fr").title in landing
    assert "La page que vous lisiez n’est pas encore disponible dans cette langue" in landing


@pytest.mark.django_db
def test_every_page_names_its_translations_in_its_head(client, site_tree):
    practice = site_tree.get("practice", "es")
    html = client.get(practice.get_url()).content.decode()
    head = html.split("</head>")[0]
    for code in ("en", "es", "pt", "fr"):
        url = site_tree.get("practice", code).get_url()
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{url}">' in head
    assert '<html lang="es"' in html


@pytest.mark.django_db
def test_sitemap_lists_each_page_once_per_language_with_reciprocal_hreflang(client, site_tree):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(locations) == len(set(locations))
    public = Page.objects.filter(depth__gte=2).live().public()
    assert len(locations) == public.count()
    languages = Counter(re.search(r"//[^/]+/(\w\w)/", loc).group(1) for loc in locations)
    assert set(languages) == {"en", "es", "pt", "fr"}
    assert len(set(languages.values())) == 1  # the same pages in every language
    # Each <url> lists the four versions, itself included: the links are reciprocal.
    for block in re.findall(r"<url>(.*?)</url>", xml, flags=re.S):
        loc = re.search(r"<loc>([^<]+)</loc>", block).group(1)
        alternates = dict(re.findall(r'hreflang="(\w\w)" href="([^"]+)"', block))
        assert sorted(alternates) == ["en", "es", "fr", "pt"], loc
        assert loc in alternates.values()
