"""Publishing an item of the bodies on the public page: a decision that passed, a meeting's
public summary, an approved action plan. Whoever manages the bodies decides (checked by the
view); :class:`Publish` checks that the item may be public and empties the page cache."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from egecms.core import structure_cache

from .models import ActionPlan, Decision, Meeting
from .public_cache import purge_public_page
from .published import shown_decisions, shown_plans, shown_summaries
from .rules import RuleBroken


@dataclass(frozen=True)
class Publishable:
    """One kind of item that can be made public: its model and the date field that says so."""

    model: type
    field: str


#: The kinds of item, by the name the publication view takes.
PUBLISHABLE = {
    "decision": Publishable(Decision, "published_at"),
    "summary": Publishable(Meeting, "summary_published_at"),
    "plan": Publishable(ActionPlan, "published_at"),
}


def is_approved(plan):
    """Whether the Task Force approved ``plan`` (a passed action-plan decision names it)."""
    return plan.decisions.filter(kind=Decision.Kind.ACTION_PLAN, passed_at__isnull=False).exists()


def anything_published():
    """Whether the public page shows anything (what it lists, see :mod:`.published`)."""
    return shown_decisions().exists() or shown_summaries().exists() or shown_plans().exists()


def anything_published_kept():
    """:func:`anything_published`, kept between requests under the page cache's generation
    (which every publication renews): what every public page's footer asks."""
    return structure_cache.get_or_compute("governance:published", anything_published)


def is_public(record):
    """Whether ``record`` (a decision, meeting or action plan) is on the public page now."""
    for kind in PUBLISHABLE.values():
        if isinstance(record, kind.model):
            return getattr(record, kind.field) is not None
    return False


class Publish:
    """Make ``record`` public (``public=True``) or take it off the public page."""

    def __init__(self, *, item, record, public):
        self.kind = PUBLISHABLE[item]
        self.item = item
        self.record = record
        self.public = public

    def check(self):
        if not self.public:
            return
        if self.item == "decision" and self.record.passed_at is None:
            raise RuleBroken("publish_not_passed")
        if self.item == "summary" and not self.record.public_summary.strip():
            raise RuleBroken("publish_no_summary")
        if self.item == "plan" and not is_approved(self.record):
            raise RuleBroken("publish_not_approved")

    @transaction.atomic
    def execute(self):
        self.check()
        published_at = getattr(self.record, self.kind.field)
        if self.public and published_at is None:
            published_at = timezone.now()
        elif not self.public:
            published_at = None
        setattr(self.record, self.kind.field, published_at)
        self.record.save(update_fields=[self.kind.field])
        purge_public_page()  # the save's receiver purges only what is public after it
        return self.record
