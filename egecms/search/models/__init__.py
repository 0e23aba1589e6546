"""Models of the search: one document per public contribution, and the search page."""

from .documents import SearchDocument
from .search_page import SearchPage

__all__ = ["SearchDocument", "SearchPage"]
