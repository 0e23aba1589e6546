"""``manage.py import_ical SOURCE --space SPACE``: an agency's iCalendar feed as draft events."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _

from events.ical.importing import (
    ICalImportError,
    find_space,
    import_feed,
    progress_line,
    read_source,
)
from events.ical.importing.sources import is_web_address
from events.tasks import queue_import


class Command(BaseCommand):
    help = (
        "Import an iCalendar feed (an http(s) URL or a file) as draft events of a work space. "
        "Re-importing updates what the feed changed and never overwrites an editor's changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="http(s) URL or path of the .ics feed")
        parser.add_argument(
            "--space", required=True, help="page id or slug of the work space receiving events"
        )
        parser.add_argument("--locale", help="language code of the space's copy, e.g. es")
        parser.add_argument("--user", help="username recorded as the events' author")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would happen; save nothing"
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="hand the import to the background worker; its report is shown in the admin",
        )

    def handle(
        self, *args, source, space, locale=None, user=None, dry_run=False, queue=False, **options
    ):
        if dry_run:
            self.stdout.write(_("Dry run: nothing will be saved."))
        try:
            workspace = find_space(space, locale_code=locale)
            author = self.find_user(user) if user else None
            if queue:
                return self.queue(source, workspace, author, dry_run)
            data = read_source(source)
            report = import_feed(
                data,
                space=workspace,
                user=author,
                source=source,
                dry_run=dry_run,
                progress=self.progress,
            )
        except ICalImportError as error:
            raise CommandError(
                _("Nothing was imported.") + "\n" + "\n".join(error.problems)
            ) from error
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(report.summary()))

    def queue(self, source, workspace, author, dry_run):
        """The worker fetches an address itself; a file is read here, where it is."""
        feed = None if is_web_address(source) else read_source(source)
        feed_import = queue_import(
            space=workspace,
            user=author,
            source=source,
            feed=feed,
            dry_run=dry_run,
            allow_private_hosts=True,
        )
        self.stdout.write(
            self.style.SUCCESS(
                _("Import %(id)s queued; its report will be at %(path)s in the admin.")
                % {
                    "id": feed_import.pk,
                    "path": reverse("events:feed_import", args=[feed_import.pk]),
                }
            )
        )

    def progress(self, index, total, result):
        self.stdout.write(progress_line(index, total, result))

    def find_user(self, username):
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as error:
            raise ICalImportError(
                [_("There is no user %(username)s.") % {"username": username}]
            ) from error
