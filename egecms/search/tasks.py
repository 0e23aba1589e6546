"""Search documents follow their pages in background tasks taking page ids (see
:mod:`.documents`, which never raises: a failure is logged and the page stays published)."""

from django_tasks import task
from wagtail.models import Page

from . import documents


def _page(page_id):
    return Page.objects.filter(pk=page_id).first()


@task()
def sync_page_document(page_id):
    """Create, update or delete the document of page ``page_id``."""
    page = _page(page_id)
    if page is None:
        documents.remove_page_id(page_id)
    else:
        documents.sync_page(page)


@task()
def remove_page_document(page_id):
    """The page ``page_id`` is no longer public: its document goes."""
    documents.remove_page_id(page_id)


@task()
def sync_subtree_documents(page_id):
    """Documents of page ``page_id`` and of every page below it (a move, a restriction)."""
    page = _page(page_id)
    if page is not None:
        documents.sync_subtree(page)
