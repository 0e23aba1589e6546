"""Who may make a contribution go live directly, and who must go through its review.

A contribution by a member agency goes live only after every lead agency of its work space
has approved it, then the editorial board (the "Contribution review" workflow). A translation
goes live only through its language's reviewers ("Translation review (pt)"). Lead agencies
hold Wagtail's ``publish_page`` in the spaces they lead — they publish their own work, unpublish,
schedule, move — but they cannot publish a member's contribution past that review: Wagtail
would let any holder of ``publish_page`` do so. Every route to going live in Wagtail (the
editor's Publish button, scheduled publishing, reverting a revision, bulk actions, the admin
API) asks the page's permission tester, so the rule is enforced there, once.
"""

from wagtail.models import PagePermissionTester

from . import roles
from .models import agency_ids_of, lead_agency_ids_for


def is_editorial_board(user):
    if not user.is_authenticated:
        return False
    cache_attr = "_egecms_is_board"
    if not hasattr(user, cache_attr):
        setattr(user, cache_attr, user.groups.filter(name=roles.EDITORIAL_BOARD).exists())
    return getattr(user, cache_attr)


def _is_translation(page):
    """A translation of an original (reviewed in its language's review, not this one)."""
    from wagtail_localize.models import TranslationSource

    return (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def is_member_contribution(page):
    """Whether ``page`` was contributed by an agency that does not lead its work space.

    The contributing agency is the one its creator (Wagtail's page owner, which editors cannot
    change) acts for. Pages created by the board, a superuser or the demo loader have no such
    agency and are not member contributions.
    """
    owner_agencies = agency_ids_of(page.owner) if page.owner_id else set()
    if not owner_agencies:
        return False
    leads = lead_agency_ids_for(page)
    return bool(leads) and not (owner_agencies & leads)


def is_reviewer_of(user, language_code):
    return (
        user.is_authenticated
        and user.groups.filter(name=roles.reviewers_group(language_code)).exists()
    )


def may_publish_directly(user, page):
    """Publishing without the review: the board and superusers anywhere; a translation, its
    language's reviewers (a translation goes live only through them); an original, its lead
    agencies, except a member's contribution."""
    if user.is_superuser or is_editorial_board(user):
        return True
    if _is_translation(page):
        return is_reviewer_of(user, page.locale.language_code)
    return not is_member_contribution(page)


class WorkspacePermissionTester(PagePermissionTester):
    """Wagtail's tester, with publishing narrowed by :func:`may_publish_directly`."""

    def can_publish(self):
        if not super().can_publish():
            return False
        if not hasattr(self, "_may_publish_directly"):
            self._may_publish_directly = may_publish_directly(self.user, self.page)
        return self._may_publish_directly
