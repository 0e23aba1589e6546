"""``manage.py load_demo``: the four-language demo, idempotent, with progress and logins."""

import contextlib
import time

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from ...demo.core_content import load_core_content
from ...demo.loader import DemoLoader, demo_contents
from ...search.documents import rebuild_documents


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
        # Demo people and addresses are fictional: nothing the demo does e-mails anyone (the
        # callbacks that send mail run when the transaction commits, inside this override).
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
            _translations_sync_suspended(),
        ):
            loader.ensure_locales()
            load_core_content(loader)
            for part in demo_contents():
                self.stdout.write(self.style.MIGRATE_HEADING(part.label))
                part.load(loader)
            # Pages already there were not published again: bring the search up to date.
            self.stdout.write(
                self.style.MIGRATE_HEADING(f"Search: {rebuild_documents()} documents")
            )
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {loader.created} created, {loader.skipped} already there ({elapsed:.0f}s)."
            )
        )
        self.stdout.write("Logins (all with the same password):")
        for login in loader.logins:
            self.stdout.write(f"  {login.role:<24} {login.username:<18} {login.password}")
