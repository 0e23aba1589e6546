"""Receivers of the coordination app (connected in :meth:`CoordinationConfig.ready`).

A mission saved (with its topics) or an activity published may overlap another: overlaps are
looked for once the transaction commits, when the mission's topics are saved too.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ActivityPage, CountryProfilesPage, Mission
from .panels import forget_profile_urls
from .tasks import detect_overlaps


def look_for_overlaps(**kwargs):
    """Queue the search for new overlaps after the current transaction commits."""
    if kwargs.get("raw") or kwargs.get("action", "post_")[:5] != "post_":
        return
    transaction.on_commit(detect_overlaps.enqueue)


def connect():
    for signal in (page_published, page_unpublished, post_page_move, post_delete):
        signal.connect(
            forget_profile_urls, sender=CountryProfilesPage, dispatch_uid="coordination_profiles"
        )
    post_save.connect(look_for_overlaps, sender=Mission, dispatch_uid="coordination_mission")
    m2m_changed.connect(
        look_for_overlaps, sender=Mission.topics.through, dispatch_uid="coordination_topics"
    )
    page_published.connect(
        look_for_overlaps, sender=ActivityPage, dispatch_uid="coordination_activity"
    )
