"""Indexes written once at the end of the demo load instead of at every save.

Loading the demo saves about 1,400 page rows, revisions and snippets; at each save Wagtail
would update its search index and its reference index, and each publish would rebuild a
search document — most of the load's time, for rows saved again a moment later. Inside
``indexes_written_at_the_end()`` none of that happens; on leaving it, each index is rebuilt
in one pass from what was saved, so the result is what the saves would have left.
"""

import io
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.test.utils import override_settings
from wagtail.signal_handlers import disable_reference_index_auto_update

from ..search import documents


def _without_search_auto_update():
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


@contextmanager
def indexes_written_at_the_end(report):
    """Defer the three indexes inside the block; ``report(label, count)`` says each rebuild."""
    with _without_search_auto_update(), disable_reference_index_auto_update(), documents.deferred():
        yield
    quiet = io.StringIO()
    call_command("update_index", stdout=quiet, stderr=quiet)
    report("Search index", None)
    call_command("rebuild_references_index", stdout=quiet)
    report("Reference index", None)
    report("Search documents", documents.rebuild_documents())
