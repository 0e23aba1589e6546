"""The facet values of each search document, one row each, so that the database counts them.

A document has one type, year, outcome and work space but several agencies, countries and
topics; a row per (document, facet, value) lets one ``GROUP BY`` count every facet over the
matching documents (``egecms.search.facets``) and one ``IN`` choose a value, on SQLite,
PostgreSQL and, through Wagtail's filters, a search server alike.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import kept_counts
from .documents import SearchDocument

#: The facets, in the order the page shows them.
FACET_NAMES = ("type", "agency", "country", "space", "topic", "year", "outcome")


def facet_values_of(document):
    """``{facet: {value, ...}}`` of a :class:`SearchDocument` (values are strings)."""
    return {
        "type": {document.kind},
        "agency": {str(pk) for pk in document.agency_ids},
        "country": set(document.country_codes),
        "space": {str(document.workspace_id)} if document.workspace_id else set(),
        "topic": {str(pk) for pk in document.topic_ids},
        "year": {str(document.year)} if document.year else set(),
        "outcome": {document.outcome} if document.outcome else set(),
    }


class SearchFacetValue(models.Model):
    """One value of one facet of a document (written with it, never edited)."""

    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="facet_values"
    )
    facet = models.CharField(_("facet"), max_length=20)
    value = models.CharField(_("value"), max_length=100)
    # What the page shows for the value where no label cache has it: a work space's title.
    label = models.CharField(_("label"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("search facet value")
        verbose_name_plural = _("search facet values")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="egecms_search_one_facet_value"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "document"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


#: Documents whose rows are replaced per pair of queries (well under SQLite's 32,766
#: parameters a statement).
BATCH = 1000


def write_facet_values(documents):
    """Replace the facet rows of saved ``documents`` (two queries per :data:`BATCH`)."""
    documents = [document for document in documents if document.pk is not None]
    kept_counts.forget()
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        SearchFacetValue.objects.filter(document__in=[document.pk for document in batch]).delete()
        SearchFacetValue.objects.bulk_create(
            SearchFacetValue(
                document_id=document.pk,
                facet=facet,
                value=value[:100],
                label=document.workspace_title if facet == "space" else "",
            )
            for document in batch
            for facet, values in facet_values_of(document).items()
            for value in sorted(values)
        )


def rename_space(workspace):
    """The documents under ``workspace`` and their facet rows show its new title."""
    kept_counts.forget()
    SearchDocument.objects.filter(workspace=workspace).update(workspace_title=workspace.title)
    SearchFacetValue.objects.filter(facet="space", value=str(workspace.pk)).update(
        label=workspace.title
    )
