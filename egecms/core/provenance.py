"""Where a contribution page comes from: who contributed it, when the editorial board reviewed
it, and, for a translation, from which language, how and when it was translated.

Everything is read in at most four queries, whatever the page: its agencies (none when the
caller passes the labels it already has, as a contribution page's card does), its
wagtail-localize source with the state of its translated text, and the board's approval.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import CharField, Exists, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, TaskState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .labels import agency_labels

#: The name of the editorial board's task in the contribution review (the workspaces app
#: provisions it as ``egecms.workspaces.roles.EDITORIAL_BOARD_TASK``). The core does not import
#: that app; ``EGECMS["EDITORIAL_REVIEW_TASK"]`` names another task if the review changes.
DEFAULT_EDITORIAL_REVIEW_TASK = "Editorial board review"


def editorial_review_task_name():
    """The name of the task whose approval counts as the editorial board's review."""
    return settings.EGECMS.get("EDITORIAL_REVIEW_TASK", DEFAULT_EDITORIAL_REVIEW_TASK)


@dataclass(frozen=True)
class Translated:
    """How a translated page was made from its original."""

    from_language: str  # the original's language, named in the reader's language
    by_machine: bool | None  # True: some text is still as a machine wrote it; None: not known
    translated_at: datetime.datetime | None  # when its newest text was translated


@dataclass(frozen=True)
class Provenance:
    """What a reader is told about where a contribution page comes from."""

    agencies: tuple  # egecms.core.labels.Label of each contributing agency, in the page's language
    reviewed_at: datetime.datetime | None  # the board's latest approval (of the original)
    translation: Translated | None  # None for an original

    @property
    def agency_names(self):
        """The agencies' names, in the page's language, as one comma-separated string."""
        return ", ".join(label.name for label in self.agencies)


def language_name(code):
    """``code``'s language named in the reader's language, as it reads inside a sentence."""
    name = str(get_language_info(code)["name_translated"])
    if not (get_language() or "").startswith("en"):
        name = name.lower()  # "traducido del inglés", "traduit de l'anglais"
    return name


def _contributing_agencies(page):
    """The page's agencies, named in its language (two queries)."""
    labels = agency_labels(page.locale_id)
    return [labels[agency.pk] for agency in page.agencies.all() if agency.pk in labels]


def _translation_source(page):
    """The page's wagtail-localize source, annotated with the state of the text translated into
    the page's locale (one query); None for a page never translated through wagtail-localize."""
    # The current translation of each segment of the source into the page's locale, as
    # wagtail-localize picks it: same string, same context.
    segment_translations = StringTranslation.objects.filter(
        locale_id=page.locale_id,
        has_error=False,
        translation_of__segments__source_id=OuterRef("pk"),
        context_id=F("translation_of__segments__context_id"),
    )
    return (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .select_related("locale")
        .annotate(
            # Translators edit the page's text segment by segment in wagtail-localize; once a
            # translation is no longer synced, the page is edited as any page is.
            synced=Exists(
                Translation.objects.filter(
                    source_id=OuterRef("pk"), target_locale_id=page.locale_id, enabled=True
                )
            ),
            by_machine=Exists(
                segment_translations.filter(
                    translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
                )
            ),
            # Anything but a machine's is a person's (the editor says "manual"; imports and
            # older rows may leave the type empty).
            by_person=Exists(
                segment_translations.exclude(
                    translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
                )
            ),
            translated_at=Subquery(
                segment_translations.order_by("-updated_at").values("updated_at")[:1]
            ),
        )
        .order_by("pk")
        .first()
    )


def _translated(source, page):
    """How ``page`` was translated from ``source``: by machine while any of its text still is as
    a machine wrote it; by a person when every translated segment is a translator's; unknown
    (dated by the page's last publication) when its text is not kept segment by segment."""
    if source.synced and (source.by_machine or source.by_person):
        return Translated(
            from_language=language_name(source.locale.language_code),
            by_machine=source.by_machine,
            translated_at=source.translated_at,
        )
    return Translated(
        from_language=language_name(source.locale.language_code),
        by_machine=None,
        translated_at=page.last_published_at,
    )


def board_review_date(*, translation_key, locale_id=None):
    """When the editorial board last approved the page of ``translation_key`` in ``locale_id``
    (in any locale when None), or None if it never did. One query.

    Only originals go through the board's review (a translation goes through its language's),
    so without a locale the answer is still the original's.
    """
    pages = Page.objects.filter(translation_key=translation_key)
    if locale_id is not None:
        pages = pages.filter(locale_id=locale_id)
    page_ids = pages.annotate(id_text=Cast("pk", output_field=CharField())).values("id_text")
    return (
        TaskState.objects.filter(
            task__name=editorial_review_task_name(),
            status=TaskState.STATUS_APPROVED,
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
            workflow_state__object_id__in=page_ids,
        )
        .order_by("-finished_at")
        .values_list("finished_at", flat=True)
        .first()
    )


def page_provenance(page, *, agencies=None):
    """The :class:`Provenance` of a contribution ``page``.

    ``agencies`` are the page's agency labels when the caller has them (a contribution page's
    card); otherwise they are read here. A translation (the page's wagtail-localize source is in
    another locale) is reviewed through its original: the board's date is the original's. A
    copy wagtail-localize never saw (no source) gets no translation line. Two queries with
    ``agencies``, four without.
    """
    if agencies is None:
        agencies = _contributing_agencies(page)
    source = _translation_source(page)
    is_translation = source is not None and source.locale_id != page.locale_id
    return Provenance(
        agencies=tuple(sorted(agencies, key=lambda label: label.name)),
        reviewed_at=board_review_date(
            translation_key=page.translation_key,
            locale_id=source.locale_id if source is not None else None,
        ),
        translation=_translated(source, page) if is_translation else None,
    )
