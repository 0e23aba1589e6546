"""The state of every original page's translation in each language, in a fixed number of queries.

States: missing (no copy in that language); in review (waiting for that language's
reviewers); outdated (readers see a live translation older than the original's last change);
in progress (not live yet, or not all of the text translated: the percentage of segments);
up to date.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

MISSING = "missing"
IN_PROGRESS = "in_progress"
IN_REVIEW = "in_review"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    IN_REVIEW: _("Waiting for review"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
}
QUEUE = (IN_PROGRESS, OUTDATED)  # what translators have to do


@dataclass(frozen=True)
class Cell:
    state: str
    percent: int | None
    url: str
    page_id: int | None  # the translated copy, when there is one
    translation_id: int | None = None  # its wagtail-localize Translation, when there is one
    machine: int = 0  # segments translated by a machine that no translator has confirmed yet

    @property
    def label(self):
        return LABELS[self.state]

    @property
    def summary(self):
        """The state in words, with the share translated where there is work left."""
        if self.state in QUEUE:
            return f"{self.label} ({self.percent}%)"
        return str(self.label)


@dataclass
class Row:
    original: Page
    cells: dict  # language code -> Cell


@dataclass
class Line:
    """A row as the report shows it: the original, then a cell per column (None for the
    original's own language)."""

    original: Page
    cells: list


def report_lines(rows, locales):
    """A :class:`Line` per row of ``rows``, its cells in the order of ``locales``."""
    return [
        Line(row.original, [row.cells.get(locale.language_code) for locale in locales])
        for row in rows
    ]


def _progress(source_ids, locale_ids):
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    done, machine = {}, {}
    for row in (
        StringTranslation.objects.filter(
            has_error=False,
            locale_id__in=locale_ids,
            translation_of__segments__source_id__in=source_ids,
            context_id=F("translation_of__segments__context_id"),
        )
        .values("locale_id", source=F("translation_of__segments__source_id"))
        .annotate(
            n=Count("translation_of__segments", distinct=True),
            by_machine=Count(
                "translation_of__segments",
                distinct=True,
                filter=Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE),
            ),
        )
    ):
        done[(row["source"], row["locale_id"])] = row["n"]
        machine[(row["source"], row["locale_id"])] = row["by_machine"]
    return totals, done, machine


def _state(copy, source, total, translated, in_review):
    percent = round(100 * translated / total) if total else 100
    if copy.pk in in_review:
        return IN_REVIEW, percent
    if copy.live and copy.last_published_at and copy.last_published_at < source.last_updated_at:
        return OUTDATED, percent
    if not copy.live or translated < total:
        return IN_PROGRESS, percent
    return UP_TO_DATE, percent


def status_rows(originals, locales):
    """A :class:`Row` per page of ``originals`` that has a translation source, for ``locales``.

    Seven queries, however many pages.
    """
    originals = list(originals)
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=[page.translation_key for page in originals]
        )
    }
    originals = [
        page
        for page in originals
        if page.translation_key in sources
        and sources[page.translation_key].locale_id == page.locale_id
    ]
    keys = [page.translation_key for page in originals]
    locale_ids = [locale.pk for locale in locales]
    copies = {
        (copy.translation_key, copy.locale_id): copy
        for copy in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).only(
            "pk", "translation_key", "locale_id", "live", "last_published_at", "url_path"
        )
    }
    in_review = {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(copy.pk) for copy in copies.values()],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    }
    source_ids = [source.pk for source in sources.values()]
    totals, done, machine = _progress(source_ids, locale_ids)
    translation_ids = {
        (source_id, locale_id): pk
        for pk, source_id, locale_id in Translation.objects.filter(
            source_id__in=source_ids, target_locale_id__in=locale_ids, enabled=True
        ).values_list("pk", "source_id", "target_locale_id")
    }
    rows = []
    for page in originals:
        source = sources[page.translation_key]
        cells = {}
        for locale in locales:
            if locale.pk == page.locale_id:
                continue
            copy = copies.get((page.translation_key, locale.pk))
            if copy is None:
                url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
                cells[locale.language_code] = Cell(MISSING, None, url, None)
                continue
            total = totals.get(source.pk, 0)
            state, percent = _state(
                copy, source, total, done.get((source.pk, locale.pk), 0), in_review
            )
            url = reverse("wagtailadmin_pages:edit", args=[copy.pk])
            translation_id = translation_ids.get((source.pk, locale.pk))
            cells[locale.language_code] = Cell(
                state,
                percent,
                url,
                copy.pk,
                translation_id,
                machine.get((source.pk, locale.pk), 0),
            )
        rows.append(Row(page, cells))
    return rows


def all_locales():
    return list(Locale.objects.order_by("pk"))
