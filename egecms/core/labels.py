"""Reader-facing labels for agencies and topics, in the reader's locale, in a fixed number of queries.

Contribution pages point at the default-locale ("canonical") copy of an agency or topic; the
reader sees the copy of their own locale with the same translation key, or the canonical one
where no translation exists yet.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Q
from django.utils.translation import get_language

from . import versioned_cache
from .models.agencies import Agency
from .models.topics import Topic
from .models.workspace_agencies import workspace_agency_ids


@dataclass(frozen=True)
class Label:
    """What a card shows of an agency or a topic."""

    slug: str
    name: str
    short: str
    strategic: bool = False  # a topic that is one of the action plan's strategic product areas


def _localized_rows(model, locale):
    """Canonical rows by id, and ``locale``'s rows by translation key, in one query."""
    default_code = settings.LANGUAGE_CODE
    locale_id = getattr(locale, "pk", locale)
    rows = (
        model.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=default_code))
        .annotate(language_code=F("locale__language_code"))
        .only(*model.label_fields, "translation_key", "locale_id")
    )
    canonical, localized = {}, {}
    for row in rows:
        if row.language_code == default_code:
            canonical[row.pk] = row
        if row.locale_id == locale_id:
            localized[row.translation_key] = row
    return canonical, localized


def agency_labels(locale):
    """``{canonical agency id: Label}`` for every agency, named in ``locale``. One query."""
    canonical, localized = _localized_rows(Agency, locale)
    labels = {}
    for pk, row in canonical.items():
        shown = localized.get(row.translation_key, row)
        labels[pk] = Label(slug=row.acronym, name=shown.name, short=shown.acronym)
    return labels


def topic_labels(locale):
    """``{canonical topic id: Label}`` for every topic, named in ``locale``. One query."""
    canonical, localized = _localized_rows(Topic, locale)
    labels = {}
    for pk, row in canonical.items():
        shown = localized.get(row.translation_key, row)
        labels[pk] = Label(
            slug=row.slug, name=shown.name, short=shown.name, strategic=row.is_strategic_area
        )
    return labels


def agency_labels_for(agencies, locale):
    """Labels, in ``locale``, of the given canonical agencies (e.g. a cluster's leads)."""
    labels = agency_labels(locale)
    return [labels[agency.pk] for agency in agencies if agency.pk in labels]


def workspace_agency_labels(page, role):
    """Labels, in ``page``'s locale, of the agencies with ``role`` in its work space, in the
    order ``workspaces.yaml`` gives them (one query while the labels are cached)."""
    labels = agency_labels(page.locale_id)
    return [labels[pk] for pk in workspace_agency_ids(page, role) if pk in labels]


@dataclass(frozen=True)
class LocaleLabels:
    """Agency and topic labels of one locale, loaded together (two queries)."""

    agencies: dict
    topics: dict

    @classmethod
    def load(cls, locale):
        """The labels of ``locale``: two queries, or none while the cache holds them (saving or
        deleting any agency or topic empties it: see :func:`forget_labels`)."""
        locale_id = getattr(locale, "pk", locale)
        return versioned_cache.get_or_compute(
            "labels",
            locale_id,
            lambda: cls(agencies=agency_labels(locale_id), topics=topic_labels(locale_id)),
        )

    @classmethod
    def for_active_language(cls):
        """The labels of the active language's locale (the default locale's if it has none):
        one query for the locale, plus :meth:`load`'s."""
        from wagtail.models import Locale

        language = get_language() or settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        return cls.load(locale)


def forget_labels():
    """Drop every cached :class:`LocaleLabels` (an agency or a topic changed)."""
    versioned_cache.forget("labels")
