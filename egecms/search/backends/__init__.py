"""Search backends: Wagtail's own, with SQLite's FTS5 ranking done in one pass (``database``)."""
