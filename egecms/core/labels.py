"""Reader-facing labels for agencies and topics, in the reader's locale, in a fixed number of queries.

Contribution pages point at the default-locale ("canonical") copy of an agency or topic; the
reader sees the copy of their own locale with the same translation key, or the canonical one
where no translation exists yet.
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Locale

from .models import Agency, Topic


@dataclass(frozen=True)
class Label:
    """What a card shows of an agency or a topic."""

    slug: str
    name: str
    short: str


def _localized_rows(model, locale):
    default = Locale.get_default()
    rows = model.objects.filter(Q(locale=locale) | Q(locale=default)).only(
        *model.label_fields, "translation_key", "locale_id"
    )
    canonical, localized = {}, {}
    for row in rows:
        if row.locale_id == default.pk:
            canonical[row.pk] = row
        if row.locale_id == locale.pk:
            localized[row.translation_key] = row
    return canonical, localized


def agency_labels(locale):
    """``{canonical agency id: Label}`` for every agency, named in ``locale``. One query."""
    canonical, localized = _localized_rows(Agency, locale)
    labels = {}
    for pk, row in canonical.items():
        shown = localized.get(row.translation_key, row)
        labels[pk] = Label(slug=row.acronym.lower(), name=shown.name, short=shown.acronym)
    return labels


def topic_labels(locale):
    """``{canonical topic id: Label}`` for every topic, named in ``locale``. One query."""
    canonical, localized = _localized_rows(Topic, locale)
    labels = {}
    for pk, row in canonical.items():
        shown = localized.get(row.translation_key, row)
        labels[pk] = Label(slug=row.slug, name=shown.name, short=shown.name)
    return labels


def agency_labels_for(agencies, locale):
    """Labels, in ``locale``, of the given canonical agencies (e.g. a cluster's leads)."""
    labels = agency_labels(locale)
    return [labels[agency.pk] for agency in agencies if agency.pk in labels]
