"""RSS and Atom feeds of a set of filters: the newest public items a subscription to the same
filters would hear of, each in the reader's language when translated, else in its own."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import get_language, gettext
from wagtail.models import Locale

from egecms.core.absolute_urls import absolute_url
from egecms.core.aggregation import restricted_paths

from .filters import describe_text, matching

FEED_LENGTH = 30


def feed_documents(filters, language, limit=FEED_LENGTH):
    """The newest public documents matching ``filters``, one per item, in ``language``'s
    locale when it has the item (three queries)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    restricted = tuple(restricted_paths())
    newest = (
        matching(filters)
        .filter(page__live=True)
        .order_by("-page__first_published_at", "-pk")
        .values_list("page__translation_key", flat=True)[: limit * 4]
    )
    keys = list(dict.fromkeys(newest))[:limit]
    documents = {}
    for document in (
        matching(filters)
        .filter(page__translation_key__in=keys, page__live=True)
        .select_related("page")
        .defer("title_keys", "body_keys")
        .order_by("page__first_published_at", "pk")
    ):
        if restricted and document.page.path.startswith(restricted):
            continue
        key = document.page.translation_key
        if key not in documents or document.locale_id == locale.pk:
            documents[key] = document
    return [documents[key] for key in keys if key in documents]


class FilteredRssFeed(Feed):
    """Items matching a subscription's filters, as RSS 2.0."""

    feed_type = Rss201rev2Feed
    language = None

    def get_object(self, request, *, filters):
        self.request = request
        return filters

    def title(self, filters):
        return f"{describe_text(filters, get_language())} · {gettext('e-Government')}"

    def link(self, filters):
        """The subscribe page of the same filters (to have them by e-mail)."""
        query = self.request.META.get("QUERY_STRING", "")
        path = reverse("subscriptions:subscribe") + (f"?{query}" if query else "")
        return absolute_url(path, self.request)

    def feed_url(self, filters):
        return absolute_url(self.request.get_full_path(), self.request)

    def description(self, filters):
        return self.title(filters)

    def items(self, filters):
        return feed_documents(filters, get_language())

    def item_title(self, document):
        return document.title

    def item_link(self, document):
        return absolute_url(document.url, self.request) or document.url

    def item_description(self, document):
        return escape(document.summary)

    def item_pubdate(self, document):
        return document.page.first_published_at


class FilteredAtomFeed(FilteredRssFeed):
    feed_type = Atom1Feed


#: Classes: one instance per request (it keeps the request for absolute links).
FEEDS = {"rss": FilteredRssFeed, "atom": FilteredAtomFeed}
