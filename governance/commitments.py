"""Each organisation's commitments under an action plan against what it published, per
quarter: contributions of the core's registry (practices, services, events) by their date.
A type whose app is not installed counts nothing."""

from collections import defaultdict

from django.db.models import Count
from django.db.models.functions import ExtractQuarter

from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.registry import contribution_types


def published_counts(year):
    """``{(agency id, quarter, type key): count}`` of live contributions dated in ``year``."""
    counts = {}
    for entry in contribution_types:
        rows = (
            entry.model.objects.live()
            .filter(date__year=year, **canonical_locale_filter())
            .annotate(quarter=ExtractQuarter("date"))
            .order_by()  # a page's default order (path) would split the groups
            .values("agencies", "quarter")
            .annotate(count=Count("pk", distinct=True))
        )
        for row in rows:
            if row["agencies"] is not None:
                counts[(row["agencies"], row["quarter"], entry.key)] = row["count"]
    return counts


def commitment_table(plan):
    """``[(agency, [(quarter, [(label, committed, published)])])]`` for the plan's year."""
    published = published_counts(plan.year)
    by_agency = defaultdict(lambda: defaultdict(list))
    agencies = {}
    for commitment in plan.commitments.select_related("agency").order_by(
        "agency__acronym", "quarter", "kind"
    ):
        agencies[commitment.agency_id] = commitment.agency
        done = published.get((commitment.agency_id, commitment.quarter, commitment.kind), 0)
        by_agency[commitment.agency_id][commitment.quarter].append(
            (commitment.get_kind_display(), commitment.count, done)
        )
    return [
        (agencies[agency_id], sorted(quarters.items())) for agency_id, quarters in by_agency.items()
    ]
