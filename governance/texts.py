"""Record text in the reader's language: a record keeps its text in the default language and,
in ``translations``, ``{language code: {field: text}}`` for the others."""

from django.utils.translation import get_language


def localized(record, field):
    """``record.<field>`` in the active language when a translation is kept, else as written."""
    language = (get_language() or "").split("-")[0]
    translated = (record.translations or {}).get(language, {}).get(field)
    return translated or getattr(record, field)
