"""Every message a subscriber gets is in their language: subject, plain text and HTML, in
each of the four languages; the confirmation says what was asked for."""

import pytest
from wagtail.models import Locale

from subscriptions import mailing
from subscriptions.digests import build_digest

from .conftest import confirmed, practice

pytestmark = pytest.mark.django_db

#: language -> (words of the subject, of the text, of the HTML, the facet "Country" named)
EXPECTED = {
    "en": ("1 new item", "Unsubscribe:", "Change your subscription", "Country: Peru"),
    "es": ("1 novedad", "Cancelar la suscripción:", "Modificar su suscripción", "País: Perú"),
    "pt": ("1 novidade", "Cancelar a assinatura:", "Alterar a sua assinatura", "País: Peru"),
    "fr": ("1 nouveauté", "Se désabonner :", "Modifier votre abonnement", "Pays : Pérou"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_the_digest_in_the_subscribers_language(tree, language):
    subject_words, text_words, html_words, country = EXPECTED[language]
    subscription = confirmed(language=language, filters={"country": ["PE"]})
    original = practice(tree.pages["cluster"], "Open registries", countries=["PE"])
    if language != "en":
        copy = original.copy_for_translation(Locale.objects.get(language_code=language))
        copy.title = f"Open registries [{language}]"
        copy.save_revision().publish()
    message = mailing.digest_message(build_digest(subscription))
    html = message.alternatives[0][0]
    expected_title = "Open registries" if language == "en" else f"Open registries [{language}]"
    assert subject_words in message.subject
    assert text_words in message.body and expected_title in message.body
    assert html_words in html and expected_title in html
    assert country.split(":")[-1].strip() in message.body
    assert f"/{language}/subscriptions/unsubscribe/{subscription.token}/" in message.body


CONFIRMATION = {
    # language -> (the subject's words, Peru, the HTML's link text)
    "en": ("Confirm your subscription", "Peru", "Confirm your subscription</a>"),
    "es": ("Confirme su suscripción", "Perú", "Confirme su suscripción</a>"),
    "pt": ("Confirme a sua assinatura", "Peru", "Confirme a sua assinatura</a>"),
    "fr": ("Confirmez votre abonnement", "Pérou", "Confirmez votre abonnement</a>"),
}


@pytest.mark.parametrize("language", CONFIRMATION)
def test_the_confirmation_in_the_subscribers_language(tree, language):
    subject_words, peru, link_text = CONFIRMATION[language]
    subscription = confirmed(language=language, filters={"country": ["PE"]})
    subscription.confirmed_at = None
    message = mailing.confirmation_message(subscription)
    assert subject_words in message.subject
    assert peru in message.body and peru in message.alternatives[0][0]
    assert link_text in message.alternatives[0][0]
    assert f"/{language}/subscriptions/confirm/{subscription.token}/" in message.body
