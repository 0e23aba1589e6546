"""One rule of overlap, for every kind of work agencies might duplicate.

Requests for assistance (the assistance app's duplication warning), activities and missions
(the coordination app) all ask the same question: do two pieces of work share a country and a
topic, by different agencies, at (about) the same time? Each app turns its rows into
:class:`Footprint` objects and asks :func:`overlap_between`, :func:`overlaps_with` or
:func:`overlapping_pairs`; none of them imports another, and the rule lives here once.

Plain functions on plain data: no query, no model.
"""

import datetime
from dataclasses import dataclass, field
from itertools import combinations


@dataclass(frozen=True)
class Footprint:
    """Where, on what, by whom and when one piece of work happens.

    ``key`` identifies the item for its caller (a pk, a ``("mission", pk)`` pair…);
    ``agencies``, ``countries`` and ``topics`` are sets of ids/codes; ``start`` and ``end``
    are dates (``None``: open-ended on that side; both ``None``: timeless, e.g. a request).
    """

    key: object
    agencies: frozenset = frozenset()
    countries: frozenset = frozenset()
    topics: frozenset = frozenset()
    start: datetime.date | None = None
    end: datetime.date | None = None
    item: object = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Overlap:
    """Two footprints that overlap: the countries and topics they share, the days apart."""

    first: Footprint
    second: Footprint
    countries: frozenset
    topics: frozenset
    days_apart: int = 0

    @property
    def agencies(self):
        return self.first.agencies | self.second.agencies


def footprint(key, *, agencies=(), countries=(), topics=(), start=None, end=None, item=None):
    """A :class:`Footprint` from any iterables (country objects become their codes)."""
    return Footprint(
        key=key,
        agencies=frozenset(agencies),
        countries=frozenset(str(getattr(country, "code", country)) for country in countries),
        topics=frozenset(topics),
        start=start,
        end=end or start,
        item=item,
    )


def days_apart(first, second):
    """Days between two periods (0 when they overlap; ``None`` bounds are open-ended)."""
    if first.start is None and first.end is None or second.start is None and second.end is None:
        return 0
    if first.end is not None and second.start is not None and first.end < second.start:
        return (second.start - first.end).days
    if second.end is not None and first.start is not None and second.end < first.start:
        return (first.start - second.end).days
    return 0


def overlap_between(first, second, *, window_days=0, different_agencies=True):
    """The :class:`Overlap` of two footprints, or ``None``.

    They overlap when they share a country and a topic, their dates overlap or lie at most
    ``window_days`` apart, and (with ``different_agencies``) neither's agencies are all the
    other's — two pieces of work of the same agency are not a duplication between agencies.
    """
    countries = first.countries & second.countries
    topics = first.topics & second.topics
    if not countries or not topics:
        return None
    if different_agencies and not (first.agencies ^ second.agencies):
        return None
    gap = days_apart(first, second)
    if gap > window_days:
        return None
    return Overlap(first=first, second=second, countries=countries, topics=topics, days_apart=gap)


def overlaps_with(subject, candidates, *, window_days=0, different_agencies=False):
    """The overlaps of ``subject`` with each of ``candidates`` (itself excluded), in order."""
    found = []
    for candidate in candidates:
        if candidate.key == subject.key:
            continue
        overlap = overlap_between(
            subject, candidate, window_days=window_days, different_agencies=different_agencies
        )
        if overlap is not None:
            found.append(overlap)
    return found


def overlapping_pairs(footprints, *, window_days=0, different_agencies=True):
    """Every overlapping pair among ``footprints`` (each pair once, in input order).

    Footprints are first grouped by country, so only work in the same country is compared.
    """
    by_country = {}
    for item in footprints:
        for country in item.countries:
            by_country.setdefault(country, []).append(item)
    seen, found = set(), []
    for group in by_country.values():
        for first, second in combinations(group, 2):
            pair = (first.key, second.key)
            if pair in seen or first.key == second.key:
                continue
            seen.add(pair)
            overlap = overlap_between(
                first, second, window_days=window_days, different_agencies=different_agencies
            )
            if overlap is not None:
                found.append(overlap)
    return found
