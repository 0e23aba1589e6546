"""What a subscription's next message holds, by the rules its readers rely on:

- only published, public items: a search document exists only for a live contribution under
  no view restriction (``egecms.search.documents``), and each item is checked again here;
- an item is never sent twice to the same subscriber: every language of it is one item (its
  ``translation_key``), recorded as a :class:`~subscriptions.models.Delivery` when it leaves;
- only what was first published (in any language) after the subscription was confirmed, so
  a translation published later does not bring an item back;
- each item in the subscriber's language when a translation exists, else in its original
  language, whose name the message gives;
- items grouped by type and by work space; an empty digest is not sent.
"""

from dataclasses import dataclass, field

from django.db.models import Min
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page

from egecms.core.aggregation import restricted_paths
from egecms.search.facets import Labels
from egecms.search.models import SearchDocument

from .filters import matching
from .links import site_url
from .models import Delivery

#: At most this many items in one message (the rest wait for the next one).
MAX_ITEMS = 200


@dataclass
class DigestItem:
    """One item as the message shows it."""

    translation_key: str
    title: str
    summary: str
    url: str
    date: object
    #: The language's name when the item is not in the subscriber's language, else "".
    other_language: str = ""


@dataclass
class DigestGroup:
    type_label: str
    space_title: str
    items: list = field(default_factory=list)


@dataclass
class Digest:
    """The next message of a subscription: its groups, and the items' translation keys."""

    subscription: object
    groups: list = field(default_factory=list)

    @property
    def items(self):
        return [item for group in self.groups for item in group.items]

    @property
    def keys(self):
        return sorted(item.translation_key for item in self.items)

    def __bool__(self):
        return bool(self.groups)


def _is_public(path, restricted):
    return not any(path.startswith(prefix) for prefix in restricted)


def new_documents(subscription):
    """``{translation key: [document, ...]}`` of the public items matching ``subscription``
    first published after it was confirmed and never delivered to it."""
    if not subscription.is_active:  # unconfirmed or unsubscribed: nothing, ever
        return {}
    documents = matching(subscription.filters).filter(
        page__live=True, page__first_published_at__gte=subscription.confirmed_at
    )
    keys = set(documents.values_list("page__translation_key", flat=True)[: MAX_ITEMS * 4])
    keys -= set(
        Delivery.objects.filter(subscription=subscription, translation_key__in=keys).values_list(
            "translation_key", flat=True
        )
    )
    if not keys:
        return {}
    # First published in any language before the subscription: not new (a translation of it
    # published since does not make it so).
    first_published = (
        Page.objects.filter(translation_key__in=keys)
        .values("translation_key")
        .annotate(first=Min("first_published_at"))
        .order_by()
    )
    keys = {
        row["translation_key"]
        for row in first_published
        if row["first"] is not None and row["first"] >= subscription.confirmed_at
    }
    restricted = tuple(restricted_paths())
    found = {}
    for document in (
        SearchDocument.objects.filter(page__translation_key__in=keys, page__live=True)
        .select_related("page", "locale")
        .defer("title_keys", "body_keys")
        .order_by("page__first_published_at", "pk")
    ):
        if _is_public(document.page.path, restricted):
            found.setdefault(document.page.translation_key, []).append(document)
    return found


def _shown(documents, locale_id):
    """The document in the subscriber's locale, else the original (first published)."""
    for document in documents:
        if document.locale_id == locale_id:
            return document
    return documents[0]


def build_digest(subscription):
    """The :class:`Digest` of ``subscription`` now (empty when nothing new)."""
    digest = Digest(subscription=subscription)
    found = new_documents(subscription)
    if not found:
        return digest
    language = subscription.language
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    groups = {}
    with translation.override(language):
        labels = Labels(locale.pk)
        chosen = sorted(
            (_shown(documents, locale.pk) for documents in found.values()),
            key=lambda document: (document.page.first_published_at, document.pk),
        )[:MAX_ITEMS]
        for document in chosen:
            other = document.locale.language_code
            item = DigestItem(
                translation_key=str(document.page.translation_key),
                title=document.title,
                summary=document.summary,
                url=site_url(document.url),
                date=document.date,
                other_language=(
                    str(get_language_info(other)["name_translated"]) if other != language else ""
                ),
            )
            group_key = (document.kind, document.workspace_title)
            if group_key not in groups:
                groups[group_key] = DigestGroup(
                    type_label=str(labels("type", document.kind)),
                    space_title=document.workspace_title,
                )
            groups[group_key].items.append(item)
    digest.groups = sorted(groups.values(), key=lambda group: (group.type_label, group.space_title))
    return digest
