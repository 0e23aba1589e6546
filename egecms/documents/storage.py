"""Where documents are kept: the storage named ``documents`` in ``STORAGES``, which has no URL.

Wagtail serves a document through its own view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``),
which checks the collection's privacy first. A storage URL would bypass that check: the
storages here refuse to give one, so no template, API or redirect can hand a private file out.
"""

from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import LazyObject

DOCUMENTS_STORAGE = "documents"


class NoPublicURLMixin:
    """A storage whose files have no URL (Wagtail's serve view then streams them itself)."""

    def url(self, name, *args, **kwargs):
        raise NotImplementedError("Documents have no public URL: they are served by /documents/")


class PrivateFileSystemStorage(NoPublicURLMixin, FileSystemStorage):
    """Documents on local disk, in a directory outside ``MEDIA_ROOT`` (``PRIVATE_ROOT``)."""


class DocumentsStorage(LazyObject):
    """``storages["documents"]``, looked up when first used, as Django's ``default_storage``
    is for ``"default"`` (so that a change of ``STORAGES`` in tests reaches the model)."""

    def _setup(self):
        self._wrapped = storages[DOCUMENTS_STORAGE]


documents_storage = DocumentsStorage()


def get_documents_storage():
    """The documents' storage, for ``FileField(storage=...)`` (migrations name this function)."""
    return documents_storage
