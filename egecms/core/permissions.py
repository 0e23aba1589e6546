"""Page permissions beyond Wagtail's: who assigns a space's agencies, and the tester of contributions.

Wagtail decides what a user may do to a page with a ``PagePermissionTester``. The platform's
page types (contributions, work spaces, sections, the topic page) ask for theirs here, so that a policy app (``egecms.workspaces``) can narrow it — for
example, a member agency's contribution goes live only through its review — without the core
knowing that app. The policy is named by ``EGECMS["PAGE_PERMISSION_TESTER"]``.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.models import PagePermissionTester

from .view_restrictions import OneQueryViewRestrictionsMixin

# Choosing whose space an agency space is changes who may publish in it, so it is kept for the
# editorial board and superusers (a Django permission on Agency). Who leads and who joins a
# shared space is not chosen in the admin at all: workspaces.yaml says it.
ASSIGN_WORKSPACE_AGENCIES = "egecms_core.assign_workspace_agencies"


@cache
def page_permission_tester_class():
    path = settings.EGECMS.get("PAGE_PERMISSION_TESTER")
    return import_string(path) if path else PagePermissionTester


class PublishingPolicyMixin(OneQueryViewRestrictionsMixin):
    """Page types whose permission tester is the platform's publishing policy (and, as every
    page type of the platform's public tree takes this mixin, whose view restrictions are
    checked in one query)."""

    def permissions_for_user(self, user):
        return page_permission_tester_class()(user, self)
