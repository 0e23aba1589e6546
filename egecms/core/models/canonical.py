"""Translatable records that pages point at are referenced through their canonical copy.

A page in any locale relates to the copy of an agency or topic in the default locale, so that
filters, facets and counts are the same in every language; readers see the copy of their own
locale, looked up in one query by translation key (see ``egecms.core.labels``).
"""

from django.conf import settings


def canonical_locale_filter():
    """``limit_choices_to`` for relations that must point at the default-locale copy."""
    return {"locale__language_code": settings.LANGUAGE_CODE}
