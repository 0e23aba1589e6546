"""Each organisation's commitments against what it published, per quarter of the plan's year:
live contributions of the registry, by their date, counted once whatever their translations."""

import datetime

import pytest

from governance.commitments import commitment_table, published_counts
from governance.models import ActionPlan, Commitment
from practices.models import PracticePage
from tests import bulk

pytestmark = pytest.mark.django_db

PRACTICE = PracticePage._meta.label_lower


def practices_of(tree, agency, dates, *, prefix):
    return bulk.live_pages(
        tree.pages["cluster"],
        PracticePage,
        [
            {
                "title": f"{prefix} {n}",
                "slug": f"{prefix}-{n}",
                "summary": "s",
                "date": day,
                "year": day.year,
                "outcome": "adapt",
            }
            for n, day in enumerate(dates)
        ],
        agencies=[agency],
    )


def test_what_an_organisation_published_is_counted_in_the_quarter_of_its_date(site_tree_en):
    tree = site_tree_en
    idb, oas = tree.pages["agency_idb"], tree.pages["agency_oas"]
    practices_of(
        tree,
        idb,
        [datetime.date(2026, 2, 1), datetime.date(2026, 3, 31), datetime.date(2026, 4, 1)],
        prefix="idb",
    )
    practices_of(tree, oas, [datetime.date(2025, 12, 31)], prefix="oas-last-year")
    [draft] = practices_of(tree, oas, [datetime.date(2026, 5, 5)], prefix="oas-draft")
    PracticePage.objects.filter(pk=draft.pk).update(live=False)

    counts = published_counts(2026)
    assert counts[(idb.pk, 1, PRACTICE)] == 2
    assert counts[(idb.pk, 2, PRACTICE)] == 1
    assert (oas.pk, 2, PRACTICE) not in counts  # a draft is not published
    assert (oas.pk, 4, PRACTICE) not in counts  # last year's is not this plan's

    plan = ActionPlan.objects.create(year=2026, title="Plan 2026")
    Commitment.objects.create(plan=plan, agency=idb, quarter=1, kind=PRACTICE, count=3)
    Commitment.objects.create(plan=plan, agency=oas, quarter=2, kind=PRACTICE, count=1)
    table = dict(commitment_table(plan))
    assert table[idb] == [(1, [("Practices", 3, 2)])]
    assert table[oas] == [(2, [("Practices", 1, 0)])]
