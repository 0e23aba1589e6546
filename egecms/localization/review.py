"""The review of translations: each language's reviewers approve what its translators wrote.

Translators write in wagtail-localize's translation editor, which saves their text segment by
segment and offers only "Publish" (for those allowed to publish). Here a translator hands the
translation over instead: its current text becomes a draft of the page and the page enters its
language's review ("Translation review (pt)"); a reviewer's approval publishes it.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Workflow
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments

from egecms.workspaces import roles

from .sync import is_original


def review_workflow_for(page):
    """``egecms_page_workflow`` hook: a translation goes through its language's review."""
    if is_original(page):
        return None
    name = roles.translation_workflow(page.locale.language_code)
    return Workflow.objects.filter(name=name, active=True).first()


class AlreadyInReview(Exception):
    pass


def save_translation_draft(translation, user):
    """A new revision of the translated page holding the translation's current text.

    wagtail-localize's own ``save_target(publish=False)`` also writes that text into the page's
    row — the live version readers see — so a "draft" of a live translation would go public
    before anyone reviewed it. This builds the same content, in memory, and keeps it a revision.
    """
    source = translation.source
    original = source.as_instance()
    page = translation.get_target_instance().specific
    copy_synchronised_fields(original, page)
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    page.slug = find_available_slug(page.get_parent(), slugify(page.slug), ignore_page_id=page.id)
    return page.save_revision(user=user)


@transaction.atomic
def submit_for_review(translation, user):
    """Make ``translation``'s text a draft of its page and start its language's review."""
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    if page.workflow_in_progress:
        raise AlreadyInReview
    save_translation_draft(translation, user)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied
    return workflow.start(page, user)
