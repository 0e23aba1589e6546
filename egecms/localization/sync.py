"""Publishing an original page creates or updates its translations in the other languages.

The original's text is extracted again into its wagtail-localize ``TranslationSource``;
translators' work lives in translation memory keyed by each source string, so a segment whose
text did not change keeps its translation and only changed segments wait for a translator.
A language that has no copy of the page yet gets one as a draft (untranslated text shown in
the original language until translated), in its translators' queue; a copy that exists is
never overwritten here — its translators publish it, through their language's review.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from egecms.core.switches import ThreadSwitch

_suspension = ThreadSwitch()
# ``with suspended():`` nothing is synced (the demo loader writes every language itself).
suspended = _suspension.turned_on


def _source_of(page):
    return TranslationSource.objects.filter(object_id=page.translation_key).first()


def is_original(page):
    """Whether ``page`` is the version its translations are made from."""
    if page.alias_of_id:
        return False
    source = _source_of(page)
    if source is not None:
        return source.locale_id == page.locale_id
    # Never translated yet: the first copy written is the original.
    return not Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk).exists()


def _segment_keys(source):
    return set(source.stringsegment_set.values_list("string_id", "context_id"))


def sync_translations(page, user=None):
    """Update ``page``'s source text and give every other language its translation.

    Returns the ``Translation`` of each other language. The source's ``last_updated_at`` moves
    only when its text changed, so readers of a translation are told only of real changes.
    """
    page = page.specific
    previous = _source_of(page)
    before = (_segment_keys(previous), previous.last_updated_at) if previous else None
    source, created = TranslationSource.update_or_create_from_instance(page)
    if not created and before is not None and _segment_keys(source) == before[0]:
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=before[1])
    translations = []
    for locale in Locale.objects.exclude(pk=page.locale_id):
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        if not page.has_translation(locale):
            translation.save_target(user=user, publish=False)
        translations.append(translation)
    return translations


def is_suspended():
    """Whether syncing is suspended in this thread (``with suspended():``)."""
    return _suspension.on
