"""Deciding and writing what an import does, event by event: :func:`import_feed`.

:func:`plan_import` decides, per event of a parsed feed, what happens in the work space:
``created``, ``updated`` (the feed changed it), ``unchanged`` or ``skipped`` (an editor has
changed or deleted it since the last import, or the feed marks it private), and validates every
page to be written. :func:`apply_import` writes the plan in one transaction: new events are
created as drafts (never published), changed ones get a new draft revision. The
:class:`ImportReport` says what happened (or, on a dry run, would happen).
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import Page

from egecms.core.models import Agency

from ...models import EventPage, ImportedEvent
from .errors import ICalImportError
from .feed_events import FeedEntry, FeedEvent, event_label
from .parsing import parse_feed
from .spaces import may_import_into

#: What happened to one event of the feed.
CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
ACTION_LABELS = {
    CREATED: gettext_lazy("created"),
    UPDATED: gettext_lazy("updated"),
    UNCHANGED: gettext_lazy("unchanged"),
    SKIPPED: gettext_lazy("skipped"),
}
#: The actions that write a page (and its import record).
WRITTEN = (CREATED, UPDATED)
SOURCE_LENGTH = 500
#: Fields of a new page that Wagtail sets when it is added to the tree.
_TREE_FIELDS = ["path", "depth", "numchild", "url_path", "draft_title", "content_type"]


@dataclass
class PlannedEvent:
    """What happens to one event of the feed; ``page`` is the (draft) page to write."""

    action: str
    event: FeedEvent | FeedEntry
    page: EventPage | None = None
    record: ImportedEvent | None = None
    reason: str = ""


@dataclass
class ImportPlan:
    """The :class:`PlannedEvent`s of one feed into one work space, in the feed's order."""

    space: Page
    items: list
    warnings: list = field(default_factory=list)


@dataclass
class ImportResult:
    """One line of the report."""

    action: str
    uid: str
    title: str
    reason: str = ""
    page_id: int | None = None

    @property
    def action_label(self):
        return ACTION_LABELS[self.action]


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do), event by event."""

    space: Page
    source: str = ""
    dry_run: bool = False
    results: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def of(self, action):
        """The results with ``action``, in the feed's order."""
        return [result for result in self.results if result.action == action]

    @property
    def counts(self):
        return {action: len(self.of(action)) for action in ACTION_LABELS}

    def summary(self):
        """``5 created, 0 updated, 0 unchanged, 1 skipped.`` (said to be a dry run if it is)."""
        counts = self.counts
        text = _(
            "%(created)s created, %(updated)s updated, %(unchanged)s unchanged, "
            "%(skipped)s skipped."
        ) % {action: counts[action] for action in ACTION_LABELS}
        if self.dry_run:
            text = _("Dry run, nothing saved: %(summary)s") % {"summary": text}
        return text


def progress_line(index, total, result):
    """``[3/20] created event … “…”`` (with the reason of a skipped event)."""
    line = f"[{index}/{total}] {result.action_label} {event_label(result.uid, result.title)}"
    return f"{line}: {result.reason}" if result.reason else line


def import_feed(data, *, space, user=None, source="", dry_run=False, progress=None):
    """Parse, plan and (unless ``dry_run``) write ``data`` into ``space``; the report.

    All or nothing: any problem raises :class:`ICalImportError` and saves nothing.
    """
    feed = parse_feed(data)
    plan = plan_import(feed, space=space, user=user)
    return apply_import(plan, user=user, source=source, dry_run=dry_run, progress=progress)


# ---- planning ---------------------------------------------------------------------------


def plan_import(feed, *, space, user=None):
    """The :class:`ImportPlan` of ``feed`` into ``space``; every page to write is validated.

    Raises :class:`ICalImportError` (nothing planned) if ``user`` may not add events there,
    the space has no lead agency, or a page would not be valid.
    """
    space = space.specific
    agency_ids = _organising_agencies(space, user=user)
    uids = [event.uid for event in feed.events] + [entry.uid for entry in feed.private]
    records = {
        record.uid: record
        for record in ImportedEvent.objects.filter(space=space, uid__in=uids).select_related(
            "event"
        )
    }
    taken_slugs = set(space.get_children().values_list("slug", flat=True))
    items = [
        _plan_event(
            event,
            record=records.get(event.uid),
            space=space,
            agency_ids=agency_ids,
            user=user,
            taken_slugs=taken_slugs,
        )
        for event in feed.events
    ]
    problems = [problem for item in items for problem in _page_problems(item)]
    if problems:
        raise ICalImportError(problems)
    items += [
        PlannedEvent(
            SKIPPED,
            entry,
            record=records.get(entry.uid),
            reason=_("marked private in the feed; not imported."),
        )
        for entry in feed.private
    ]
    return ImportPlan(space=space, items=items, warnings=list(feed.warnings))


def _organising_agencies(space, *, user):
    """The ids of ``space``'s lead agencies, once it is checked ``user`` may import there."""
    if not EventPage.can_create_at(space):
        raise ICalImportError([_("Events cannot be added to %(space)s.") % {"space": space.title}])
    if user is not None and not may_import_into(user, space):
        raise ICalImportError([_("You may not add events to %(space)s.") % {"space": space.title}])
    agency_ids = space.lead_agency_ids()
    if not agency_ids:
        raise ICalImportError(
            [
                _("%(space)s has no lead agency to organise the imported events.")
                % {"space": space.title}
            ]
        )
    return agency_ids


def _plan_event(event, *, record, space, agency_ids, user, taken_slugs):
    """The :class:`PlannedEvent` of one event, given its import record (None if new)."""
    if record is None:
        page = _new_page(
            event,
            space=space,
            slug=_unique_slug(event.title, taken_slugs),
            agency_ids=agency_ids,
            user=user,
        )
        return PlannedEvent(CREATED, event, page=page)
    if record.event is None:
        reason = _("an editor deleted it after the last import; it is not imported again.")
        return PlannedEvent(SKIPPED, event, record=record, reason=reason)
    if record.event.latest_revision_id != record.revision_id:
        reason = _("an editor has changed it since the last import; their version is kept.")
        return PlannedEvent(SKIPPED, event, record=record, reason=reason)
    if record.fingerprint == event.fingerprint:
        return PlannedEvent(UNCHANGED, event, record=record)
    return PlannedEvent(UPDATED, event, page=_updated_page(record.event, event), record=record)


def _new_page(event, *, space, slug, agency_ids, user):
    page = EventPage(
        **event.page_values(),
        slug=slug,
        locale_id=space.locale_id,
        live=False,
        owner=user,
    )
    page.agencies = list(Agency.objects.filter(pk__in=agency_ids))
    page.date_changes = event.date_change_rows()
    return page


def _updated_page(page, event):
    """The latest revision of ``page`` with what the feed now says."""
    draft = page.get_latest_revision_as_object()
    for name, value in event.page_values().items():
        setattr(draft, name, value)
    draft.date_changes = event.date_change_rows()
    return draft


def _unique_slug(title, taken):
    base = slugify(title, allow_unicode=True)[:200] or "event"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def _page_problems(item):
    """What makes the page ``item`` would write invalid, each naming the event."""
    if item.action not in WRITTEN:
        return []
    try:
        item.page.full_clean(exclude=_TREE_FIELDS if item.action == CREATED else None)
    except ValidationError as error:
        return [f"{item.event.label}: {message}" for message in _validation_messages(error)]
    return []


def _validation_messages(error):
    if hasattr(error, "message_dict"):
        return [
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        ]
    return list(error.messages)


# ---- writing ----------------------------------------------------------------------------


def apply_import(plan, *, user=None, source="", dry_run=False, progress=None):
    """Carry ``plan`` out in one transaction (nothing on a dry run); the :class:`ImportReport`.

    ``progress(index, total, result)`` is called after each event.
    """
    report = ImportReport(
        space=plan.space, source=source, dry_run=dry_run, warnings=list(plan.warnings)
    )
    total = len(plan.items)
    try:
        with transaction.atomic():
            for index, item in enumerate(plan.items, start=1):
                page_id = item.record.event_id if item.record else None
                if not dry_run and item.action in WRITTEN:
                    page_id = _write(item, space=plan.space, user=user, source=source)
                result = ImportResult(
                    action=item.action,
                    uid=item.event.uid,
                    title=item.event.title,
                    reason=item.reason,
                    page_id=page_id,
                )
                report.results.append(result)
                if progress is not None:
                    progress(index, total, result)
    except ValidationError as error:
        raise ICalImportError(_validation_messages(error)) from error
    except IntegrityError as error:
        raise ICalImportError(
            [_("Another import of this feed ran at the same time; import it again.")]
        ) from error
    return report


def _write(item, *, space, user, source):
    """Save the page of a created or updated ``item`` and its import record; the page id."""
    if item.action == CREATED:
        return _create(item, space=space, user=user, source=source)
    return _update(item, user=user, source=source)


def _create(item, *, space, user, source):
    page = space.add_child(instance=item.page)
    revision = page.save_revision(user=user, log_action=False)
    log(instance=page, action="wagtail.create", user=user)
    ImportedEvent.objects.create(
        event=page,
        space=space,
        uid=item.event.uid,
        source=source[:SOURCE_LENGTH],
        fingerprint=item.event.fingerprint,
        revision=revision,
    )
    return page.pk


def _update(item, *, user, source):
    revision = item.page.save_revision(user=user, log_action=True)
    record = item.record
    record.fingerprint = item.event.fingerprint
    record.revision = revision
    record.source = source[:SOURCE_LENGTH]
    record.save(update_fields=["fingerprint", "revision", "source", "imported_at"])
    return item.page.pk
