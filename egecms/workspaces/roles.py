"""The groups each role maps to, and what each may do on pages. Names are stable identifiers."""

import re

EDITORIAL_BOARD = "Editorial board"
EDIT = ("add_page", "change_page")
PUBLISH = ("add_page", "change_page", "publish_page")
MODERATE = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRANSLATE = ("change_page",)
MEDIA = ("add", "change", "choose")


def editors_group(agency):
    return f"{agency.acronym} editors"


def program_managers_group(agency):
    return f"{agency.acronym} program managers"


TRANSLATORS = "Translators"
REVIEWERS = "Reviewers"
_LANGUAGE_GROUP = re.compile(rf"^({TRANSLATORS}|{REVIEWERS}) \((?P<code>[\w-]+)\)$")


def translators_group(language_code):
    return f"{TRANSLATORS} ({language_code})"


def language_roles(group_names):
    """``{language code: {TRANSLATORS, REVIEWERS}}`` for the language groups among the names."""
    found = {}
    for name in group_names:
        match = _LANGUAGE_GROUP.match(name)
        if match:
            found.setdefault(match["code"], set()).add(match[1])
    return found


def agency_groups(agency):
    """Both groups of an agency: its program managers act as its editors, plus requests."""
    return (editors_group(agency), program_managers_group(agency))


CONTRIBUTION_WORKFLOW = "Contribution review"
LEAD_AGENCIES_TASK = "Approval by every lead agency"
EDITORIAL_BOARD_TASK = "Editorial board review"
PLATFORM_COLLECTION = "Inter-agency platform"

REVIEW = ("change_page", "publish_page")


def reviewers_group(language_code):
    """Who reviews and publishes the translations into one language."""
    return f"{REVIEWERS} ({language_code})"


def translation_workflow(language_code):
    return f"Translation review ({language_code})"


def translation_review_task(language_code):
    return f"Review by the reviewers ({language_code})"


# The snippets translators translate (in their language only) and the board manages.
TRANSLATABLE_SNIPPETS = (
    ("egecms_core", "change_agency"),
    ("egecms_core", "change_topic"),
    ("egecms_editorial", "change_editorialpolicy"),
)
