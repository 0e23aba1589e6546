"""A document's entries in Wagtail's database search index, joined by the document's own id.

Wagtail adds ``index_entries`` to every indexed model, joined on ``CAST(document.id AS
text) = entry.object_id``: from the full-text match, the database cannot then find the
document by its primary key and scans the table for each match. This relation casts the
entry's text id instead, so a match leads to its document through the primary key.
"""

from django.db import models
from django.db.models.functions import Cast
from modelsearch.abstract_models import TextIDGenericRelation
from modelsearch.utils import get_descendants_content_types_pks


class IndexEntriesByID(TextIDGenericRelation):
    """``index_entries`` joined on ``document.id = CAST(entry.object_id AS integer)``."""

    def get_content_type_lookup(self, alias, remote_alias):
        # The entry's type compared through an expression, which no index serves: else SQLite
        # (without statistics) reads every entry of the type and probes the full-text index
        # once for each, instead of starting from the match.
        field = self.remote_field.model._meta.get_field(self.content_type_field_name)
        return field.get_lookup("in")(
            Cast(field.get_col(remote_alias), models.IntegerField()),
            get_descendants_content_types_pks(self.model),
        )

    def get_object_id_lookup(self, alias, remote_alias):
        object_id = self.remote_field.model._meta.get_field(self.object_id_field_name)
        pk = self.model._meta.pk
        return pk.get_lookup("exact")(
            pk.get_col(alias), Cast(object_id.get_col(remote_alias), models.BigIntegerField())
        )
