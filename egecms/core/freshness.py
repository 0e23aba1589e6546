"""Notices for readers of a translation: when its original has changed since it was made, and
when the page they came from has no version in this language yet."""

from dataclasses import dataclass

from django.utils.translation import get_language, get_language_info
from wagtail_localize.models import TranslationSource


@dataclass(frozen=True)
class OutdatedTranslation:
    """The live translation was published before its original last changed."""

    original_language: str  # the original's language, named in the reader's language
    based_on: object  # the date this version was made
    original_url: str


def outdated_translation(page, request=None):
    """The notice for ``page`` if it is a translation older than its original, else None.

    One query for any page; one more, only when the notice is shown, for the original's link.
    The original's text changes when it is published (``egecms.localization.sync``); a translation
    published after that is made from the new text.
    """
    if page is None or not page.live or page.last_published_at is None:
        return None
    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key, last_updated_at__gt=page.last_published_at
        )
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
        .first()
    )
    if source is None:
        return None
    original = page.get_translation_or_none(source.locale)
    if original is None:
        return None
    language = str(get_language_info(source.locale.language_code)["name_translated"])
    if not (get_language() or "").startswith("en"):
        language = language.lower()  # "la versión en inglés", "la version anglaise"
    return OutdatedTranslation(
        original_language=language,
        based_on=page.last_published_at,
        original_url=original.get_url(request=request),
    )
