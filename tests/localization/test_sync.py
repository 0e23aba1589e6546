"""Publishing an original creates or updates its translations; no translator's work is lost."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from egecms.localization.sync import is_original
from tests import factories


@pytest.fixture
def syncing(settings):
    settings.EGECMS = {**settings.EGECMS, "SYNC_TRANSLATIONS_ON_PUBLISH": True}


def translate_all(translation, suffix):
    """A translator translates every segment of ``translation``."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"{segment.string.data} {suffix}"},
        )


def pt_strings(source):
    pt = Locale.objects.get(language_code="pt")
    return dict(
        StringTranslation.objects.filter(
            translation_of__segments__source=source, locale=pt
        ).values_list("translation_of__data", "data")
    )


@pytest.mark.django_db
def test_publishing_an_original_puts_drafts_in_every_other_language(site_tree, syncing):
    practice = factories.PracticePageFactory(
        parent=site_tree.pages["cluster"], title="Interoperability", summary="Shared registries"
    )
    practice.save_revision().publish()
    copies = Page.objects.filter(translation_key=practice.translation_key).exclude(pk=practice.pk)
    assert sorted(copies.values_list("locale__language_code", flat=True)) == ["es", "fr", "pt"]
    assert not any(copy.live for copy in copies)  # waiting for translators and review
    assert Translation.objects.filter(source__object_id=practice.translation_key).count() == 3
    assert is_original(practice)
    assert not is_original(copies.first())


@pytest.mark.django_db
def test_an_edited_original_keeps_the_translation_of_untouched_segments(site_tree, syncing):
    practice = factories.PracticePageFactory(
        parent=site_tree.pages["cluster"], title="Interoperability", summary="Shared registries"
    )
    practice.save_revision().publish()
    pt = Locale.objects.get(language_code="pt")
    translation = Translation.objects.get(
        source__object_id=practice.translation_key, target_locale=pt
    )
    translate_all(translation, "[pt]")
    before = pt_strings(translation.source)
    assert before["Interoperability"] == "Interoperability [pt]"

    practice.summary = "Shared base registries"
    practice.save_revision().publish()
    translation.refresh_from_db()
    total, translated = translation.get_progress()
    assert translated == total - 1  # only the changed summary waits for the translator
    after = pt_strings(translation.source)
    for source_text, translated_text in before.items():
        assert after.get(source_text, translated_text) == translated_text  # nothing lost


@pytest.mark.django_db
def test_republishing_without_change_does_not_mark_translations_outdated(site_tree, syncing):
    practice = factories.PracticePageFactory(parent=site_tree.pages["cluster"], title="Same")
    practice.save_revision().publish()
    source = Translation.objects.filter(source__object_id=practice.translation_key).first().source
    first = source.last_updated_at
    practice.save_revision().publish()
    source.refresh_from_db()
    assert source.last_updated_at == first
