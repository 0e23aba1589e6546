"""Create linked translations the way translators do, through wagtail-localize.

The demo gives every text in four languages. For each source object we let wagtail-localize
extract its segments, record the human translation of each segment (a ``StringTranslation``)
and let wagtail-localize build the translated page or snippet: the translations are
synchronised copies, not unrelated pages, and later edits of the source sync into them.
"""

import html

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


class UntranslatedSegmentError(Exception):
    """The demo data lacks the translation of one segment of a source object."""


def _normalise(text):
    return " ".join(html.unescape(text).split())


def translation_memory(texts_by_language, source_language):
    """``{language: {normalised source text: target text}}`` from parallel lists of strings."""
    source_texts = texts_by_language[source_language]
    memory = {}
    for language, texts in texts_by_language.items():
        if language == source_language:
            continue
        if len(texts) != len(source_texts):
            raise ValueError(
                f"{language}: {len(texts)} strings for {len(source_texts)} in {source_language}"
            )
        memory[language] = {
            _normalise(src): target for src, target in zip(source_texts, texts, strict=True)
        }
    return memory


def _record_translations(instance, segments, locale, known):
    """The translator's text of every segment into ``locale``, in three queries at most.

    In bulk, so without ``StringTranslation.save()``'s check of translated HTML: the demo's
    texts are plain text, converted by ``StringValue.from_plaintext``, which cannot fail it.
    """
    wanted = {}
    for segment in segments:
        target = known.get(_normalise(segment.string.data))
        if target is None:
            raise UntranslatedSegmentError(
                f"{instance!r}: no {locale.language_code} text for {segment.context.path!r}: "
                f"{segment.string.data[:80]!r}"
            )
        wanted[(segment.string_id, segment.context_id)] = StringValue.from_plaintext(target).data
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale,
            translation_of_id__in={string_id for string_id, _ in wanted},
            context_id__in={context_id for _, context_id in wanted},
        )
    }
    changed, new = [], []
    for (string_id, context_id), data in wanted.items():
        row = existing.get((string_id, context_id))
        if row is None:
            new.append(
                StringTranslation(
                    translation_of_id=string_id,
                    locale=locale,
                    context_id=context_id,
                    data=data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    tool_name="",
                )
            )
        elif (row.data, row.translation_type, row.tool_name) != (
            data,
            StringTranslation.TRANSLATION_TYPE_MANUAL,
            "",
        ):
            row.data, row.tool_name = data, ""
            row.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            changed.append(row)
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(changed, ["data", "translation_type", "tool_name"])


@transaction.atomic
def translate_instance(instance, *, locales, memory, user=None):
    """Create (or update) the translations of ``instance`` into ``locales`` from ``memory``.

    Pages are saved as a new revision and published; snippets are saved. Raises
    :class:`UntranslatedSegmentError` naming the first segment the memory lacks, and then
    nothing of this instance's translations is saved.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for locale in locales:
        _record_translations(instance, segments, locale, memory.get(locale.language_code, {}))
    translated = {}
    for locale in locales:
        Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        target_instance, _created = source.create_or_update_translation(
            locale, user=user, publish=not isinstance(instance, Page), fallback=False
        )
        if isinstance(target_instance, Page):
            target_instance.get_latest_revision().publish(user=user, log_action=True)
        translated[locale.language_code] = target_instance
    return translated
