"""``egecms.search.backends.database``: Wagtail's database backend for the database in use,
with SQLite's FTS5 ranking in one pass (:mod:`egecms.search.backends.sqlite`).

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "egecms.search.backends.database"}}``.
PostgreSQL, MySQL and SQLite without FTS5 get exactly Wagtail's backend.
"""

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The backend Wagtail would choose, SQLite FTS5's replaced by ours."""
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:  # Wagtail's own finding
        # Imported only on SQLite: the module needs Wagtail's FTS5 model, which exists there.
        from .sqlite import JoinedSQLiteSearchBackend  # noqa: PLC0415

        return JoinedSQLiteSearchBackend(params)
    return backend
