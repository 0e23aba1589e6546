"""What the public search reads: one document per public contribution, in its own locale.

A ``SearchDocument`` is kept in step with its page by ``egecms.search.documents``
(published, unpublished, moved, restricted, deleted). It carries the page's text as search
keys of its language (``egecms.search.text``) for Wagtail's search backend, and its facets
(type, agencies, countries, work space, topics, year, outcome): packed here for the result
cards, and one row each in ``SearchFacetValue`` for the database to count and filter.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.models import IndexEntry
from wagtail.search.queryset import SearchableQuerySetMixin

from ..backends.relations import IndexEntriesByID


def pack(values):
    """``["PE", "BR"]`` -> ``"|PE|BR|"``: a set stored in one column."""
    values = [str(value) for value in values]
    return f"|{'|'.join(values)}|" if values else ""


def unpack(packed):
    return [value for value in (packed or "").split("|") if value]


class SearchDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchDocument(index.Indexed, models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_document"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("type"), max_length=100, db_index=True)  # model label, lower case
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    url = models.CharField(_("address"), max_length=2000, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, blank=True)
    workspace = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    workspace_title = models.CharField(max_length=255, blank=True)
    agencies = models.CharField(max_length=500, blank=True)  # packed canonical agency ids
    countries = models.CharField(max_length=500, blank=True)  # packed ISO codes
    topics = models.CharField(max_length=1000, blank=True)  # packed canonical topic ids
    title_keys = models.TextField(blank=True)
    body_keys = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Wagtail's database index entries of the document, joined by its id: SQLite's backend
    # (egecms.search.backends) matches and ranks through it in one query.
    index_entries_by_id = IndexEntriesByID(IndexEntry)

    objects = SearchDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("title_keys", boost=4),
        index.SearchField("body_keys"),
        index.FilterField("locale"),
        index.FilterField("kind"),
        # Facet choices narrow the results as ``id__in`` a subquery of facet values (a search
        # server gets the ids as a terms filter, through Wagtail).
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        ordering = ["-date", "-pk"]
        # Browsing (no words) reads the newest of a locale: a page of rows from this index,
        # not every document sorted.
        indexes = [models.Index(fields=["locale", "-date", "-id"], name="egecms_search_browse")]

    def __str__(self):
        return self.title

    @property
    def agency_ids(self):
        return [int(value) for value in unpack(self.agencies)]

    @property
    def country_codes(self):
        return unpack(self.countries)

    @property
    def topic_ids(self):
        return [int(value) for value in unpack(self.topics)]
