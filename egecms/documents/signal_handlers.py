"""Receivers of the documents app, connected in ``DocumentsConfig.ready()``."""

from django.utils.functional import empty

from .storage import documents_storage


def forget_documents_storage(*, setting, **kwargs):
    """A change of ``STORAGES`` (``override_settings`` in tests) reaches the documents' storage
    the way Django's own receiver makes it reach ``default_storage``."""
    if setting == "STORAGES":
        documents_storage._wrapped = empty
