"""Imports carried out in the background: one :class:`~events.models.FeedImport` is asked for
(:func:`new_import`), a task runs it (:func:`run_import`), and its page in the admin reads the
report back (:func:`report_of`) in the reader's language.
"""

from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from events.models import FeedImport

from .errors import ICalImportError
from .planning import ImportReport, ImportResult, import_feed
from .sources import read_source

Status = FeedImport.Status


def new_import(*, space, user=None, source, feed=None, dry_run=False, allow_private_hosts=False):
    """The :class:`FeedImport` of ``feed`` (an upload's bytes) or of the address ``source``."""
    return FeedImport.objects.create(
        space=space,
        user=user,
        source=source[:500],
        feed=feed,
        dry_run=dry_run,
        allow_private_hosts=allow_private_hosts,
    )


def _language_of(user):
    if user is None:
        return None
    return UserProfile.get_for_user(user).get_preferred_language()


def run_import(feed_import):
    """Fetch (an address) and import the feed of ``feed_import``; record what happened.

    A feed that cannot be fetched or read is an outcome, not an error: the import is failed with
    its problems, in the asker's language. Anything unexpected is recorded too and raised again,
    so the worker tries again. A finished import is not run twice.
    """
    if feed_import.status == Status.DONE:
        return feed_import
    FeedImport.objects.filter(pk=feed_import.pk).update(status=Status.RUNNING)
    with translation.override(_language_of(feed_import.user)):
        try:
            data = (
                bytes(feed_import.feed)
                if feed_import.feed is not None
                else read_source(
                    feed_import.source,
                    allow_files=False,
                    allow_private_hosts=feed_import.allow_private_hosts,
                )
            )
            report = import_feed(
                data,
                space=feed_import.space,
                user=feed_import.user,
                source=feed_import.source,
                dry_run=feed_import.dry_run,
            )
        except ICalImportError as error:
            return _finish(feed_import, Status.FAILED, problems=[str(p) for p in error.problems])
        except Exception as error:
            _finish(feed_import, Status.FAILED, problems=[f"{type(error).__name__}: {error}"])
            raise
    return _finish(
        feed_import,
        Status.DONE,
        results=[
            {
                "action": result.action,
                "uid": result.uid,
                "title": result.title,
                "reason": str(result.reason),
                "page_id": result.page_id,
            }
            for result in report.results
        ],
        warnings=[str(warning) for warning in report.warnings],
        feed=None,
    )


def _finish(feed_import, status, **fields):
    fields = {"results": [], "warnings": [], "problems": [], **fields}
    for name, value in {**fields, "status": status, "finished_at": timezone.now()}.items():
        setattr(feed_import, name, value)
    feed_import.save()
    return feed_import


def report_of(feed_import):
    """The :class:`ImportReport` of a done import (its summary in the active language)."""
    return ImportReport(
        space=feed_import.space,
        source=feed_import.source,
        dry_run=feed_import.dry_run,
        results=[ImportResult(**result) for result in feed_import.results],
        warnings=list(feed_import.warnings),
    )
