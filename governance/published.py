"""What the public page shows of the bodies: the published decisions (with the organisations'
stances), the published summaries of meetings and the approved, published action plans'
timelines, in the reader's language. Nothing else is read: no attendance, no agenda, no
minutes, no position of an unpublished decision. A fixed number of queries however many."""

from django.db.models import Prefetch

from .models import ActionPlan, Activity, Decision, Meeting, Position
from .plans import timeline
from .texts import localized

#: How many of each the page lists, newest first.
MAX_DECISIONS = 100
MAX_SUMMARIES = 50
MAX_PLANS = 3


def shown_decisions():
    """The decisions the page shows: passed and published."""
    return Decision.objects.filter(published_at__isnull=False, passed_at__isnull=False)


def shown_summaries():
    """The meetings whose summary the page shows: published and not empty."""
    return Meeting.objects.filter(summary_published_at__isnull=False).exclude(public_summary="")


def shown_plans():
    """The action plans the page shows: published, and approved by the Task Force."""
    return ActionPlan.objects.filter(
        published_at__isnull=False,
        decisions__kind=Decision.Kind.ACTION_PLAN,
        decisions__passed_at__isnull=False,
    ).distinct()


def published_decisions():
    """The decisions that passed and were published, each with its organisations' stances."""
    decisions = (
        shown_decisions()
        .select_related("meeting__body", "subject_agency")
        .prefetch_related(
            Prefetch(
                "positions",
                queryset=Position.objects.select_related("agency").order_by("agency__acronym"),
            )
        )
        .order_by("-passed_at", "-pk")[:MAX_DECISIONS]
    )
    return [
        {
            "text": localized(decision, "text"),
            "day": decision.passed_at,
            "body": decision.meeting.body,
            "kind": decision.get_kind_display(),
            "outcome": decision.get_outcome_display() if decision.outcome else "",
            "joining": decision.subject_agency,
            "stances": [
                (position.agency.acronym, position.get_stance_display())
                for position in decision.positions.all()
            ],
        }
        for decision in decisions
    ]


def published_summaries():
    """The meetings whose public summary was published (their private texts left unread)."""
    meetings = (
        shown_summaries()
        .select_related("body")
        .defer("agenda", "minutes")
        .order_by("-starts_at")[:MAX_SUMMARIES]
    )
    return [
        {
            "body": meeting.body,
            "starts_at": meeting.starts_at,
            "mode": meeting.get_mode_display(),
            "place": localized(meeting, "place"),
            "summary": localized(meeting, "public_summary"),
        }
        for meeting in meetings
    ]


def published_plans():
    """The published action plans the Task Force approved, each with its timeline by quarter."""
    plans = (
        shown_plans()
        .prefetch_related(
            Prefetch("activities", queryset=Activity.objects.prefetch_related("agencies")),
            Prefetch(
                "decisions",
                queryset=Decision.objects.filter(
                    kind=Decision.Kind.ACTION_PLAN, passed_at__isnull=False
                ).order_by("passed_at"),
                to_attr="approvals",
            ),
        )
        .order_by("-year")[:MAX_PLANS]
    )
    return [
        {
            "plan": plan,
            "title": localized(plan, "title"),
            "approved_at": plan.approvals[0].passed_at,
            "timeline": timeline(plan, activities=plan.activities.all()),
        }
        for plan in plans
    ]


def public_records():
    """The context of the public page."""
    return {
        "decisions": published_decisions(),
        "summaries": published_summaries(),
        "plans": published_plans(),
    }
