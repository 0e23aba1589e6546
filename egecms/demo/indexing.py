"""Indexes written once at the end of the demo load instead of at every save.

Loading the demo saves about 1,400 page rows, revisions and snippets; at each save Wagtail
would update its search index (fetching the row again to index it) and its reference index,
and each publish would rebuild a search document — much of the load's time, for rows saved
again a moment later. Inside ``indexes_written_at_the_end()`` none of that happens; on leaving
it, each index is rebuilt in one pass from what was saved, so the result is what the saves
would have left.
"""

import io
from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from egecms.search import documents


@contextmanager
def without_search_index_updates():
    """Wagtail's search index is not told of saves and deletions inside the block."""
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


@contextmanager
def indexes_written_at_the_end(report):
    """Defer the three indexes inside the block; ``report(label, count)`` says each rebuild."""
    with (
        without_search_index_updates(),
        disable_reference_index_auto_update(),
    ):
        with documents.deferred():
            yield
        # The documents first, so that the search index below is written with them.
        report("Search documents", documents.rebuild_documents())
    quiet = io.StringIO()
    call_command("update_index", stdout=quiet, stderr=quiet)
    report("Search index", None)
    call_command("rebuild_references_index", stdout=quiet)
    report("Reference index", None)
