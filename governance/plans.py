"""The action plan as a timeline by quarter (as the timetable of section 6)."""

from .texts import localized

QUARTERS = (1, 2, 3, 4)


def timeline(plan, activities=None):
    """``[{activity, title, outcomes, area, cells: [bool per quarter], agencies}]`` in the
    plan's order (``activities``: the plan's, already fetched with their agencies)."""
    if activities is None:
        activities = plan.activities.prefetch_related("agencies")
    rows = []
    for activity in activities:
        rows.append(
            {
                "activity": activity,
                "title": localized(activity, "title"),
                "outcomes": localized(activity, "expected_outcomes"),
                "area": localized(activity, "strategic_area"),
                "cells": [
                    activity.first_quarter <= quarter <= activity.last_quarter
                    for quarter in QUARTERS
                ],
                "agencies": ", ".join(sorted(a.acronym for a in activity.agencies.all())),
            }
        )
    return rows
