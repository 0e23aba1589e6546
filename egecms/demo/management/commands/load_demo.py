"""``manage.py load_demo``: the four-language demo, idempotent, with progress and logins."""

import contextlib
import time

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import override_settings

from egecms.twofactor import policy as two_factor_policy

from ...indexing import indexes_written_at_the_end
from ...loader import DemoLoader
from ...parts import installed_parts


def _translations_sync_suspended():
    """The demo writes every language itself: publishing its originals syncs nothing."""
    if apps.is_installed("egecms.localization"):
        from egecms.localization.sync import suspended

        return suspended()
    return contextlib.nullcontext()


class Command(BaseCommand):
    help = (
        "Load the demo: agencies, clusters, issue areas, practices, services and events in "
        "English, Spanish, Portuguese and French, plus one user per role. Safe to re-run."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        loader = DemoLoader(stdout=self.stdout)

        def heading(label):
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"{label}  [{time.monotonic() - started:.1f}s]")
            )

        def report_index(label, count):
            heading(f"{label}: {count} documents" if count is not None else f"{label}: rebuilt")

        # Demo people and addresses are fictional: nothing the demo does e-mails anyone (the
        # callbacks that send mail run when the transaction commits, inside this override).
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            # 80,000 queries: not each kept in connection.queries, as DEBUG would.
            override_settings(DEBUG=False),
            # A translated page's slug changes on its way (wagtail-localize makes it unique):
            # no redirect from an address no reader ever saw. Wagtail sends the change when
            # the transaction commits, so this stays on until after the commit.
            override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
            transaction.atomic(),
            _translations_sync_suspended(),
            indexes_written_at_the_end(report_index),
        ):
            loader.ensure_locales()
            for part in installed_parts():
                heading(part.label)
                part.load(loader)
                self.stdout.write(f"  {loader.progress()}")
        # The database's statistics of the new rows, so that its planner reads listings in
        # date order (SQLite keeps none until told; PostgreSQL's autovacuum would catch up).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {loader.created} created, {loader.skipped} already there ({elapsed:.0f}s)."
            )
        )
        self.stdout.write("Logins (all with the same password):")
        for login in loader.logins:
            self.stdout.write(f"  {login.role:<24} {login.username:<18} {login.password}")
        if two_factor_policy.is_enforced():
            self.stdout.write(
                "Two-factor authentication is on: superusers, the editorial board and program "
                "managers set up an authenticator app at their first admin sign-in."
            )
        else:
            self.stdout.write(
                "Two-factor authentication is off in these settings (TWO_FACTOR_ENFORCED=on "
                "to try it); production asks for it."
            )
