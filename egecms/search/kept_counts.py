"""The facet counts of a search without words, kept between requests.

Browsing (the search page with no words, perhaps a facet chosen) is what most readers do, and
its counts are one ``GROUP BY`` over every document of the locale: a cost that grows with the
content. They change only when documents do, so they are kept in the versioned cache (family
``search-counts``) under the page cache's generation (every purge renews them) and forgotten
at once, and again when the transaction commits, whenever a document or its facet rows are
written or removed (:func:`forget`), so that no reader sees a count a publish has changed.
"""

import hashlib

from django.db import transaction

from egecms.core import versioned_cache
from egecms.pagecache import generation

FAMILY = "search-counts"


def counts_without_words(locale_id, chosen, compute):
    """The counts of browsing ``locale_id`` with the facets ``chosen``, computed by
    ``compute()`` when not kept yet."""
    chosen_digest = hashlib.sha256(repr(sorted(chosen.items())).encode()).hexdigest()[:32]
    suffix = f"{generation.current().token}:{locale_id}:{chosen_digest}"
    return versioned_cache.get_or_compute(FAMILY, suffix, compute)


def forget():
    """Drop every kept count, now and once the current transaction commits."""
    versioned_cache.forget(FAMILY)
    transaction.on_commit(lambda: versioned_cache.forget(FAMILY), robust=True)


def documents_changed(sender, raw=False, **kwargs):
    """A search document was saved or deleted (its facet rows with it)."""
    if not raw:
        forget()
