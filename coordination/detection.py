"""Finding overlaps between missions and between activities, and recording them as flags.

The rule is the core's (:mod:`egecms.core.overlaps`), the one the assistance app's duplication
warning uses too:

- two missions of different agencies to the same country, on a shared topic, whose dates
  overlap or lie at most ``EGECMS["MISSION_JOIN_WINDOW_DAYS"]`` (default 21) days apart;
- two active activities of different agencies on the same country and a shared topic.

Each pair is flagged once (:class:`~coordination.models.OverlapFlag`); the functions return the
new flags, which their caller (``coordination.tasks``) mails to the program managers concerned.
Footprints are read in a fixed number of queries however many missions or activities there are.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from egecms.core.models import PageTopic
from egecms.core.overlaps import footprint, overlapping_pairs

from .models import ActivityPage, Mission, OverlapFlag

DEFAULT_WINDOW_DAYS = 21


def join_window_days():
    """``EGECMS["MISSION_JOIN_WINDOW_DAYS"]``: how far apart two missions may be to meet."""
    return int(getattr(settings, "EGECMS", {}).get("MISSION_JOIN_WINDOW_DAYS", DEFAULT_WINDOW_DAYS))


def mission_footprints(missions):
    """Footprints of ``missions`` (a queryset). Two queries."""
    missions = list(missions)
    topics = {}
    through = Mission.topics.through
    for mission_id, topic_id in through.objects.filter(
        mission_id__in=[mission.pk for mission in missions]
    ).values_list("mission_id", "topic_id"):
        topics.setdefault(mission_id, set()).add(topic_id)
    return [
        footprint(
            mission.pk,
            agencies=[mission.agency_id],
            countries=[mission.country],
            topics=topics.get(mission.pk, ()),
            start=mission.start_date,
            end=mission.end_date,
            item=mission,
        )
        for mission in missions
    ]


def activity_footprints(activities):
    """Footprints of ``activities`` (a queryset of pages), dateless: active is enough."""
    activities = list(activities)
    ids = [page.pk for page in activities]
    topics, agencies = {}, {}
    for page_id, topic_id in PageTopic.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag_id"
    ):
        topics.setdefault(page_id, set()).add(topic_id)
    through = ActivityPage.agencies.through
    for page_id, agency_id in through.objects.filter(activitypage_id__in=ids).values_list(
        "activitypage_id", "agency_id"
    ):
        agencies.setdefault(page_id, set()).add(agency_id)
    return [
        footprint(
            page.pk,
            agencies=agencies.get(page.pk, ()),
            countries=page.countries,
            topics=topics.get(page.pk, ()),
            item=page,
        )
        for page in activities
    ]


def upcoming_missions(today=None):
    """Missions not over by ``today``."""
    today = today or timezone.localdate()
    return Mission.objects.filter(end_date__gte=today).order_by("pk")


def active_activities():
    """Live active activities of the default locale (translations are the same activity)."""
    return (
        ActivityPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, status=ActivityPage.Status.ACTIVE)
        .order_by("pk")
    )


def detect_mission_overlaps(*, today=None):
    """Flag every new overlapping pair of upcoming missions; the new flags."""
    pairs = overlapping_pairs(
        mission_footprints(upcoming_missions(today)), window_days=join_window_days()
    )
    return [flag for flag in map(_record_mission_flag, pairs) if flag is not None]


def detect_activity_overlaps():
    """Flag every new overlapping pair of active activities; the new flags."""
    pairs = overlapping_pairs(activity_footprints(active_activities()))
    return [flag for flag in map(_record_activity_flag, pairs) if flag is not None]


def detect_overlaps(*, today=None):
    """Both kinds; the new flags."""
    return detect_mission_overlaps(today=today) + detect_activity_overlaps()


def _ordered(overlap):
    first, second = overlap.first.item, overlap.second.item
    return (first, second) if first.pk < second.pk else (second, first)


def _record_mission_flag(overlap):
    first, second = _ordered(overlap)
    return _record(
        overlap,
        kind=OverlapFlag.Kind.MISSIONS,
        lookup={"first_mission": first, "second_mission": second},
    )


def _record_activity_flag(overlap):
    first, second = _ordered(overlap)
    return _record(
        overlap,
        kind=OverlapFlag.Kind.ACTIVITIES,
        lookup={"first_activity": first, "second_activity": second},
    )


def _record(overlap, *, kind, lookup):
    """The new flag of ``overlap`` (None if the pair was flagged before)."""
    with transaction.atomic():
        flag, created = OverlapFlag.objects.get_or_create(
            kind=kind,
            **lookup,
            defaults={"country": sorted(overlap.countries)[0], "days_apart": overlap.days_apart},
        )
        if not created:
            return None
        flag.agencies.set(sorted(overlap.agencies))
        flag.topics.set(sorted(overlap.topics))
    return flag


__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "active_activities",
    "detect_activity_overlaps",
    "detect_mission_overlaps",
    "detect_overlaps",
    "join_window_days",
]
