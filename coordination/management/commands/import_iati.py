"""``manage.py import_iati FILE --agency IDB``: an IATI activity file as draft activities."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from coordination.iati import IatiImportError, find_agency_space, import_iati


class Command(BaseCommand):
    help = (
        "Import an IATI activity file (XML) as draft activities of an agency's space: only "
        "activities for Latin America and the Caribbean; re-importing creates nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the IATI activity XML file")
        parser.add_argument("--agency", required=True, help="acronym of the agency, e.g. IDB")
        parser.add_argument("--user", help="username recorded as the activities' author")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would happen; save nothing"
        )

    def handle(self, *args, file, agency, user=None, dry_run=False, **options):
        author = None
        if user:
            author = get_user_model().objects.filter(username=user).first()
            if author is None:
                raise CommandError(f"No user named {user!r}.")
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise CommandError(str(error)) from error
        try:
            found_agency, space = find_agency_space(agency)
            report = import_iati(
                data, agency=found_agency, space=space, user=author, dry_run=dry_run
            )
        except IatiImportError as error:
            raise CommandError(
                _("Nothing was imported.") + "\n" + "\n".join(error.problems)
            ) from error
        for line in report.skipped:
            self.stdout.write(self.style.WARNING(line))
        self.stdout.write(self.style.SUCCESS(report.summary()))
