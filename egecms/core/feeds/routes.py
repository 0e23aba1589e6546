"""The page mixin that gives a section page its RSS and Atom feeds."""

from dataclasses import dataclass

from django.utils.translation import gettext
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .syndication import section_feed_response

#: Route name, feed kind, MIME type and visible name of each feed, in the order offered.
FEED_KINDS = (
    ("rss_feed", "rss", "application/rss+xml", "RSS"),
    ("atom_feed", "atom", "application/atom+xml", "Atom"),
)


@dataclass(frozen=True)
class FeedLink:
    """A feed as a section page offers it: in ``<head>`` and as a visible link."""

    url: str
    content_type: str
    title: str
    label: str


class SectionFeedsMixin(RoutablePageMixin):
    """Routes ``feed/rss/`` and ``feed/atom/`` under a section page, and ``section_feeds`` (a
    list of :class:`FeedLink`) in its template context.

    The feeds list the contribution types registered with this page type as their ``section``.
    Put it before the page's base classes; a page already routable keeps its own routes.
    """

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        """The newest contributions of this section, as RSS 2.0."""

        return section_feed_response(request, self, "rss")

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        """The newest contributions of this section, as Atom."""

        return section_feed_response(request, self, "atom")

    def get_cached_paths(self):
        """The section's own address and its feeds (what a front-end cache purge names)."""
        return [*super().get_cached_paths(), "feed/rss/", "feed/atom/"]

    def feed_links(self, request=None):
        """This section's feeds, each with its relative URL, MIME type and names."""
        base = self.get_url(request=request) or "/"
        base = base if base.endswith("/") else f"{base}/"
        links = []
        for route, _kind, content_type, format_name in FEED_KINDS:
            links.append(
                FeedLink(
                    url=base + self.reverse_subpage(route),
                    content_type=content_type,
                    title=gettext("%(section)s (%(format)s feed)")
                    % {"section": self.title, "format": format_name},
                    label=gettext("%(format)s feed") % {"format": format_name},
                )
            )
        return links

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_feeds"] = self.feed_links(request)
        return context
