"""The platform's document model (``WAGTAILDOCS_DOCUMENT_MODEL``).

Wagtail's own ``Document`` keeps its files in the default (public) storage under
``MEDIA_ROOT``, where ``/media/documents/<name>`` would serve the platform's internal
documents to anyone. This model is the same document with its file in the ``documents``
storage, which no public URL reaches. Permissions stay Wagtail's (``wagtaildocs.document``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from .storage import get_documents_storage


class PrivateDocument(AbstractDocument):
    """A document whose file only Wagtail's serve view (and its privacy check) hands out."""

    file = models.FileField(
        storage=get_documents_storage, upload_to="documents", verbose_name=_("file")
    )

    admin_form_fields = Document.admin_form_fields
