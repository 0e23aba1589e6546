"""The action plan as a timeline by quarter (as the timetable of section 6)."""

from .texts import localized

QUARTERS = (1, 2, 3, 4)


def timeline(plan):
    """``[{activity, title, cells: [bool per quarter], agencies}]`` in the plan's order."""
    rows = []
    for activity in plan.activities.prefetch_related("agencies"):
        rows.append(
            {
                "activity": activity,
                "title": localized(activity, "title"),
                "outcomes": localized(activity, "expected_outcomes"),
                "cells": [
                    activity.first_quarter <= quarter <= activity.last_quarter
                    for quarter in QUARTERS
                ],
                "agencies": ", ".join(sorted(a.acronym for a in activity.agencies.all())),
            }
        )
    return rows
