"""What a section's feed holds: its newest contributions, named in the section's language.

Everything a feed shows is computed here, in a fixed number of queries whatever the amount of
content: one for the contributions of each listed type, one for their agencies and topics, and
the (cached) agency and topic labels of the locale.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext

from ..absolute_urls import page_full_url
from ..aggregation import contribution_queryset, relation_ids, restricted_paths, restricted_q
from ..labels import LocaleLabels
from ..registry import contribution_types

DEFAULT_FEED_ITEMS = 20


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, ready for a feed generator (texts in the feed's language)."""

    title: str
    url: str
    description: str
    published: datetime.datetime
    updated: datetime.datetime
    authors: list = field(default_factory=list)
    categories: list = field(default_factory=list)


def feed_item_count():
    """How many items a feed lists (``EGECMS["FEED_ITEMS"]``, 20 by default)."""
    return int(settings.EGECMS.get("FEED_ITEMS", DEFAULT_FEED_ITEMS))


def section_types(section_model):
    """The registered contribution types listed by pages of ``section_model``."""
    return [entry for entry in contribution_types if entry.section_model is section_model]


def choice_fields(entry):
    """Names of the choice fields whose labels a feed states for items of ``entry`` (as its
    first categories and at the start of its description): the type says which, when it
    registers, with ``extra={"feed_choice_fields": [...]}``."""
    return tuple(entry.extra.get("feed_choice_fields", ()))


def stated_choices(page, field_names):
    """The display labels of ``page``'s ``field_names`` (e.g. its outcome), in order."""
    labels = []
    for name in field_names:
        if getattr(page, name, None):
            labels.append(str(getattr(page, f"get_{name}_display")()))
    return labels


def publication_time(page):
    """When a feed says ``page`` was published: its contribution date (the order of listings),
    at the time it was first published when that happened on the same day, else at midnight."""
    published = page.first_published_at
    if published is not None and timezone.localdate(published) == page.date:
        return published
    return timezone.make_aware(datetime.datetime.combine(page.date, datetime.time.min))


def is_restricted(page, request=None):
    """Whether ``page`` itself lies under a view restriction (one cached query per request)."""
    paths = restricted_paths(request)
    return any(page.path.startswith(path) for path in paths)


def newest_contributions(*, section_page, limit, request=None):
    """The ``limit`` newest live, public contributions listed by ``section_page``, in its
    locale, newest first (by date, then by first publication): one query per listed type."""
    exclude_q = restricted_q(request)
    newest_first = (F("date").desc(), F("first_published_at").desc(nulls_last=True), "-pk")
    pages = []
    for entry in section_types(type(section_page)):
        queryset = contribution_queryset(
            entry.model, locale=section_page.locale_id, exclude_q=exclude_q
        ).order_by(*newest_first)
        pages.extend((entry, page) for page in queryset[:limit])
    pages.sort(
        key=lambda pair: (
            pair[1].date,
            pair[1].first_published_at or datetime.datetime.min.replace(tzinfo=datetime.UTC),
            pair[1].pk,
        ),
        reverse=True,
    )
    return pages[:limit]


def describe(summary, choices):
    """An item's description: what it is (e.g. a practice to avoid), then its summary."""
    if not choices:
        return summary
    return gettext("%(labels)s — %(summary)s") % {
        "labels": " · ".join(choices),
        "summary": summary,
    }


def feed_entries(*, section_page, request=None, limit=None):
    """The :class:`FeedEntry` items of ``section_page``'s feed, newest first.

    Agencies (the authors) and topics (the categories) are named in the section's locale; call
    this with the section's language active so that choice labels are in it too.
    """
    limit = feed_item_count() if limit is None else limit
    pairs = newest_contributions(section_page=section_page, limit=limit, request=request)
    if not pairs:
        return []
    agency_ids, topic_ids = relation_ids([page for _entry, page in pairs])
    labels = LocaleLabels.load(section_page.locale_id)
    entries = []
    for entry, page in pairs:
        agencies = sorted(
            (labels.agencies[a] for a in agency_ids.get(page.pk, ()) if a in labels.agencies),
            key=lambda label: label.short,
        )
        topics = sorted(
            labels.topics[t].name for t in topic_ids.get(page.pk, ()) if t in labels.topics
        )
        choices = stated_choices(page, choice_fields(entry))
        published = publication_time(page)
        entries.append(
            FeedEntry(
                title=page.title,
                url=page_full_url(page, request),
                description=describe(page.summary, choices),
                published=published,
                updated=max(published, page.last_published_at or published),
                authors=[label.name for label in agencies],
                categories=[*choices, *topics],
            )
        )
    return entries
