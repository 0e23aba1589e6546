"""Every admin URL that touches a page is in the permission matrix, or exempt for a reason.

When Wagtail, wagtail-localize or this project adds one, this test names it: add it to
``tests/permissions/views.py`` (and its row to the expected table), or to EXEMPT with why.
"""

from django.apps import apps

from .admin_urls import page_admin_urls
from .views import VIEWS

EXEMPT = {
    "wagtailadmin_pages:revisions_index": "redirects to the history view (in the matrix)",
    "wagtailadmin_pages:move_confirm": "moving: tests/workspaces/test_going_live.py",
    "wagtailadmin_pages:revisions_unschedule": "scheduled publishing: test_going_live.py",
    "wagtailadmin_pages:convert_alias": "aliases: test_going_live.py",
    "wagtailadmin_pages:set_page_position": "reorders siblings; needs change on the parent",
    "wagtailadmin_pages:preview_on_add": "the add view's own preview; same check as add",
    "wagtailadmin_pages:choose_parent": "lists where the user may add (no page shown)",
    "wagtailadmin_pages:type_use_results": "results of type_use (in the matrix)",
    "wagtailadmin_pages:collect_workflow_action_data": "the board's checklist form: "
    "tests/workspaces/test_editorial_policy.py; same check as the workflow action",
    "wagtailadmin_api:pages:find": "same explorable queryset as the API listing (in the matrix)",
    "wagtail_localize:javascript_catalog": "translations of the admin's JavaScript",
    "wagtail_localize:edit_override": "same check as edit_string_translation (in the matrix)",
    "wagtail_localize:upload_pofile": "same check as download_pofile (in the matrix)",
    "egecms_guarded_translation_upload_pofile": "same guard as download_pofile (in the matrix)",
    "egecms_guarded_translation_edit_override": "same guard as edit_string (in the matrix)",
    "egecms_guarded_translation_machine_translate": "same guard as edit_string (in the matrix)",
    "egecms_guarded_translation_preview_mode": "same guard as preview (in the matrix)",
    "wagtail_localize:machine_translate": "same check as edit_string_translation; no machine "
    "translator is configured by default",
    "wagtail_localize:submit_snippet_translation": "snippets, not pages: guarded by the "
    "snippet's change permission (egecms_guarded_submit_snippet_translation)",
    "egecms_guarded_submit_snippet_translation": "snippets, not pages",
    "wagtail_localize:snippets_api_listing": "snippets, not pages",
    "wagtail_localize:snippets_api_detail": "snippets, not pages",
    "wagtail_localize:translations_report_results": "results of the report (in the matrix)",
    "egecms_guarded_translations_report_results": "results of the report (in the matrix)",
    "coordination_missions:history_results": "results of a mission's history (in the matrix)",
}

# The governance viewsets all take governance.viewsets.GovernancePermissionPolicy: the matrix
# runs the meetings' index, add, edit and delete and the plans' index; the other views check
# the same policy with the same actions.
_GOVERNANCE_VIEWS = (
    "index",
    "index_results",
    "add",
    "edit",
    "delete",
    "history",
    "history_results",
    "usage",
)
_GOVERNANCE_COVERED = {
    "governance_meetings:index",
    "governance_meetings:add",
    "governance_meetings:edit",
    "governance_meetings:delete",
    "governance_plans:index",
    "governance_decisions:edit",
    "governance_decisions:add",
}
EXEMPT |= {
    f"governance_{records}:{view}": "same permission policy as the governance views in the matrix"
    for records in (
        "meetings",
        "decisions",
        "appointments",
        "reports",
        "plans",
        "activities",
        "commitments",
    )
    for view in _GOVERNANCE_VIEWS
    if f"governance_{records}:{view}" not in _GOVERNANCE_COVERED
}


def test_every_page_admin_url_is_covered_or_exempt():
    covered = {name for view in VIEWS for name in view.url_names}
    uncovered = page_admin_urls() - covered - set(EXEMPT)
    assert not uncovered, f"admin URLs missing from the permission matrix: {sorted(uncovered)}"


def test_exemptions_are_still_needed():
    assert not set(EXEMPT) - page_admin_urls(), "an exempt URL no longer exists"


def test_the_project_has_no_form_pages():
    """Form pages would bring submission views the matrix does not cover."""
    assert not apps.is_installed("wagtail.contrib.forms")
