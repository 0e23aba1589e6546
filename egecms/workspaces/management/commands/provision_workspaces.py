"""``manage.py provision_workspaces``: apply workspaces.yaml (groups, permissions, agencies)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ...description import DescriptionError, parse_description
from ...provisioning import ProvisionWorkspaces


def default_description_path():
    return Path(settings.EGECMS.get("WORKSPACES_FILE", settings.BASE_DIR / "workspaces.yaml"))


class Command(BaseCommand):
    help = (
        "Create or update the groups, page permissions, collections and agencies described in "
        "workspaces.yaml. Re-running it changes nothing; a wrong line changes nothing at all."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="the description (default: workspaces.yaml)")

    def handle(self, *args, path=None, **options):
        path = Path(path) if path else default_description_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from error
        try:
            description = parse_description(
                text, source=path.name, known_locales=[code for code, _ in settings.LANGUAGES]
            )
        except DescriptionError as error:
            raise CommandError(str(error)) from error
        report = ProvisionWorkspaces(description).execute()
        for line in report.changes:
            self.stdout.write(line)
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"! {warning}"))
        if report.changed:
            self.stdout.write(self.style.SUCCESS(f"{len(report.changes)} change(s) applied."))
        else:
            self.stdout.write(self.style.SUCCESS("Nothing to change: everything is as described."))
