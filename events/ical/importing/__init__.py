"""Import an agency's published iCalendar feed as draft events of one work space.

Three steps, each a plain function:

1. :func:`parse_feed` (:mod:`.parsing`) reads the feed into :class:`FeedEvent` objects (what the
   feed says, mapped to an event's fields) and checks every event's schedule
   (:mod:`.schedules`, :mod:`.zones`). Any problem in any event raises
   :class:`ICalImportError` listing them all, naming each event by UID and title.
2. :func:`plan_import` (:mod:`.planning`) decides, per event, what happens in the work space:
   ``created``, ``updated`` (the feed changed it), ``unchanged`` or ``skipped`` (an editor has
   changed or deleted it since the last import, or the feed marks it private), and validates
   every page to be written.
3. :func:`apply_import` writes the plan in one transaction: new events are created as drafts
   (never published), changed ones get a new draft revision.

:func:`import_feed` runs them together; the ``import_ical`` command and the admin view are thin
callers. The admin's imports run in the background (:mod:`.queued`, ``events.tasks``): a
``FeedImport`` records what was asked and, once the worker has run it, its report. :func:`read_source` / :func:`fetch_url` (:mod:`.sources`) read a feed from a URL or a
file; :mod:`.spaces` says where a user may import.
"""

from .errors import ICalImportError
from .feed_events import FeedEntry, FeedEvent, ParsedFeed
from .parsing import parse_feed
from .planning import (
    ACTION_LABELS,
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    ImportReport,
    ImportResult,
    PlannedEvent,
    apply_import,
    import_feed,
    plan_import,
    progress_line,
)
from .queued import new_import, report_of, run_import
from .sources import check_size, fetch_url, import_settings, read_source
from .spaces import find_space, import_spaces, may_import_into, space_models

__all__ = [
    "ACTION_LABELS",
    "CREATED",
    "SKIPPED",
    "UNCHANGED",
    "UPDATED",
    "FeedEntry",
    "FeedEvent",
    "ICalImportError",
    "ImportPlan",
    "ImportReport",
    "ImportResult",
    "ParsedFeed",
    "PlannedEvent",
    "apply_import",
    "check_size",
    "fetch_url",
    "find_space",
    "import_feed",
    "import_settings",
    "import_spaces",
    "new_import",
    "may_import_into",
    "parse_feed",
    "plan_import",
    "progress_line",
    "read_source",
    "report_of",
    "run_import",
    "space_models",
]
