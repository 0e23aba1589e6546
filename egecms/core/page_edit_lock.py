"""One save or publish of a page at a time, across every app server process.

Wagtail's page editor writes a save in two steps (a new revision, then the page row's
``latest_revision`` and ``draft_title``) and a publish in three (a revision, then the page
row from that revision, with the ``latest_revision`` it read at the start). Two requests on
one page interleave those steps: 20 editors and 2 publishers saving one page under gunicorn
on PostgreSQL left the page pointing at an older revision than its newest, so the editor
opened an older draft than the last one saved. Holding the page row's lock (``SELECT ... FOR
UPDATE``) for the whole edit request makes them take turns; requests on other pages do not
wait. On SQLite, which writes one transaction at a time anyway, the lock is a no-op.
"""

from contextlib import contextmanager

from django.db import transaction
from wagtail.models import Page

# The admin views that save or publish a page, by URL name, with the page id's argument.
PAGE_WRITING_VIEWS = {
    "wagtailadmin_pages:edit": "page_id",
    "wagtailadmin_pages:revisions_revert": "page_id",
}


@contextmanager
def page_edit_lock(page_id):
    """A transaction holding ``page_id``'s row lock until it commits (or rolls back)."""
    with transaction.atomic():
        list(Page.objects.select_for_update().filter(pk=page_id).values_list("pk", flat=True))
        yield


class PageEditLockMiddleware:
    """Runs the page editor's POSTs (``PAGE_WRITING_VIEWS``) inside ``page_edit_lock``.

    Last of the middleware that have a ``process_view``, since it calls the view itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        argument = PAGE_WRITING_VIEWS.get(request.resolver_match.view_name)
        if argument is None or argument not in view_kwargs:
            return None
        with page_edit_lock(view_kwargs[argument]):
            return view_func(request, *view_args, **view_kwargs)
