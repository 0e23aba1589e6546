"""``manage.py rebuild_search_documents``: the public search's documents again, from the pages.

Documents follow their pages as they are published; run this after restoring a database,
changing the registered contribution types, or loading pages without publishing them. Then
``manage.py update_index`` rebuilds a search server's index if one is configured.
"""

from django.core.management.base import BaseCommand

from ...documents import rebuild_documents


class Command(BaseCommand):
    help = "Rebuild the public search's documents from the live, public contributions."

    def handle(self, *args, **options):
        count = rebuild_documents()
        self.stdout.write(self.style.SUCCESS(f"{count} search documents."))
