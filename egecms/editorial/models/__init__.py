"""The editorial policy (versioned, translatable), its acceptance, and the board's review."""

from .policy import EditorialPolicy, PolicyAcceptance
from .review import EditorialReviewTask, PolicyReview

__all__ = ["EditorialPolicy", "EditorialReviewTask", "PolicyAcceptance", "PolicyReview"]
