"""Background work of the events app: iCalendar imports (fetching the feed included)."""

from django_tasks import task

from events.models import FeedImport

from .ical.importing import new_import, run_import


@task()
def import_feed(feed_import_id):
    """Carry out the :class:`FeedImport` ``feed_import_id``; its status afterwards."""
    feed_import = FeedImport.objects.select_related("space", "user").filter(pk=feed_import_id)
    feed_import = feed_import.first()
    if feed_import is None:
        return None
    return run_import(feed_import).status


def queue_import(**fields):
    """A new :class:`FeedImport` (see ``new_import`` for ``fields``), handed to the worker."""
    feed_import = new_import(**fields)
    import_feed.enqueue(feed_import.pk)
    return feed_import
