"""A page's view restrictions in one query (Wagtail reads its ancestors, then their
restrictions: two queries on every page served)."""

from django.db.models.functions import Coalesce
from wagtail.models import Page, PageViewRestriction

#: How long a chain of aliases (an alias of an alias …) is followed to its source page.
ALIAS_LEVELS = 4


def view_restrictions_of(page):
    """The restrictions that apply to ``page``: those of the page and of its ancestors, an
    alias taking its source page's (as :meth:`wagtail.models.Page.get_view_restrictions`),
    as one queryset (not run)."""
    steplen = Page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    source = Coalesce(
        *(f"{'alias_of__' * level}alias_of_id" for level in range(ALIAS_LEVELS - 1, -1, -1)), "id"
    )
    pages = Page.objects.filter(path__in=paths).annotate(source=source).values("source")
    return PageViewRestriction.objects.filter(page_id__in=pages)


class OneQueryViewRestrictionsMixin:
    """Page types whose view restrictions are checked in one query when served."""

    def get_view_restrictions(self):
        if not self.path:  # not in the tree yet
            return super().get_view_restrictions()
        return view_restrictions_of(self)
