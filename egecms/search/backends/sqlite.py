"""Wagtail's SQLite FTS5 backend, ranking in the same pass as the match.

Wagtail's compiler filters ``pk IN (matching entries)`` and, to order by relevance, scores
each result with a correlated subquery that runs the full-text match again: the work grows
with the square of the matches (9 s for 9,000 on this machine). Here the match, its BM25
score and the documents are one join (FTS5 -> entry by rowid -> document by primary key,
through :class:`~egecms.search.backends.relations.IndexEntriesByID`), ordered and sliced in
the database: one query, linear in the matches, for the page shown or for the ids the
facets count. Models without that relation are searched as Wagtail does.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not

from .relations import IndexEntriesByID

RELATION = "index_entries_by_id"


def has_relation(model):
    """Whether ``model`` declares the :class:`IndexEntriesByID` this compiler joins through."""
    try:
        return isinstance(model._meta.get_field(RELATION), IndexEntriesByID)
    except FieldDoesNotExist:
        return False


class JoinedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Matches, scores and orders through one join (see the module's docstring)."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if isinstance(query, MatchAll | Not) or not has_relation(self.queryset.model):
            return super().search(config, start, stop, score_field=score_field)
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )
        queryset = self.queryset.filter(
            **{f"{RELATION}__sqliteftsindexentry__isnull": False}
        ).filter(match)
        if self.order_by_relevance and score_field is None:
            score_field = "_score"
        if score_field is not None:
            # Wagtail's formula: the title's score weighed by its norm, plus the body's.
            vectors = [(None, F(f"{RELATION}__title_norm")), (None, 1.0)]
            queryset = queryset.annotate(
                **{score_field: self._build_rank_expression(vectors, config)}
            )
        if self.order_by_relevance:
            queryset = queryset.order_by(score_field, "-pk")  # BM25: lower is better
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # stable pages, as Wagtail's
        return queryset[start:stop]


class JoinedSQLiteSearchBackend(SQLiteSearchBackend):
    """Wagtail's SQLite backend with :class:`JoinedSQLiteSearchQueryCompiler`."""

    query_compiler_class = JoinedSQLiteSearchQueryCompiler
