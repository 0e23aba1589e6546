"""Models of the search: one document per public contribution, its facet values, and the
search page."""

from .documents import SearchDocument
from .facets import SearchFacetValue
from .search_page import SearchPage

__all__ = ["SearchDocument", "SearchFacetValue", "SearchPage"]
