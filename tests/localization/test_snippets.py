"""Agencies, topics and the editorial policy translate too: translators in their language only."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from egecms.core.models import Agency
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests.workspaces.helpers import user_in
from tests.workspaces.test_going_live import DESCRIPTION


@pytest.fixture
def agency(locales):
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    english = Agency.objects.get(acronym="IDB", locale=locales["en"])
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translations = {}
    for code in ("pt", "es"):
        translations[code] = Translation.objects.create(source=source, target_locale=locales[code])
        translations[code].save_target(publish=True)
    return english, translations


def edit_url(instance):
    return reverse("wagtailsnippets_egecms_core_agency:edit", args=[instance.pk])


@pytest.mark.django_db
def test_a_translator_changes_snippets_of_their_language_only(client, agency):
    english, _translations = agency
    client.force_login(user_in("Translators (pt)", "tr-pt"))
    portuguese = english.get_translation(Locale.objects.get(language_code="pt"))
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    assert client.get(edit_url(portuguese)).status_code == 200
    for other in (english, spanish):
        response = client.get(edit_url(other))
        assert response.status_code in (302, 403)
        assert other.name not in response.content.decode()


@pytest.mark.django_db
def test_translation_strings_of_another_language_are_refused(client, agency):
    _english, translations = agency
    client.force_login(user_in("Translators (pt)", "tr-pt"))
    segment = StringSegment.objects.filter(source=translations["es"].source).first()
    for code, allowed in (("pt", True), ("es", False)):
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[translations[code].pk, segment.pk]
        )
        response = client.put(
            url, "value=Traduzido", content_type="application/x-www-form-urlencoded"
        )
        saved = StringTranslation.objects.filter(
            locale=translations[code].target_locale, data="Traduzido"
        ).exists()
        assert saved is allowed, (code, response.status_code)


@pytest.mark.django_db
def test_the_board_sends_snippets_for_translation(client, agency):
    english, _translations = agency
    client.force_login(user_in("Editorial board", "board"))
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["egecms_core", "agency", english.pk]
    )
    assert client.get(url).status_code == 200
    client.force_login(user_in("Translators (pt)", "tr-pt-2"))
    assert client.get(url).status_code in (302, 403)


@pytest.mark.django_db
def test_a_translator_cannot_update_an_originals_translations(client, agency):
    english, translations = agency
    client.force_login(user_in("Translators (pt)", "tr-pt"))
    url = reverse("wagtail_localize:update_translations", args=[translations["pt"].source.pk])
    assert client.get(url).status_code in (302, 403)
    client.force_login(user_in("Editorial board", "board"))
    assert client.get(url).status_code == 200
