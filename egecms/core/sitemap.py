"""The sitemap: every public page once per language, each listing its translations (hreflang),
and the apps' own public pages that are not Wagtail pages (hook ``register_sitemap_urls``).

Wagtail's own sitemap lists the pages under the site's root page only, which with
wagtail-localize is one language's tree; here the root page's translations are roots too.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .aggregation import under_any


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        return (
            Page.objects.filter(under_any(roots.values_list("path", flat=True)))
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Wagtail's URL entries of one sitemap page, each with its translations: one pass."""
        items = list(self.paginator.page(page).object_list)
        alternates = {}
        for item in items:
            alternates.setdefault(item.translation_key, []).append(
                {
                    "lang_code": item.locale.language_code,
                    "location": item.get_full_url(self.request),
                }
            )
        urls = []
        for item in items:
            versions = sorted(alternates[item.translation_key], key=lambda a: a["lang_code"])
            for url in item.get_sitemap_urls(self.request):
                if len(versions) > 1:
                    url["alternates"] = versions
                urls.append(url)
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


class AppPagesSitemap(DjangoSitemap):
    """The apps' public views worth listing (each ``register_sitemap_urls`` hook returns the
    names of URLs under the language prefixes, e.g. ``["governance_public:published"]``, or
    none while they show nothing), once per language with their translations."""

    i18n = True
    alternates = True

    @property
    def languages(self):
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    def items(self):
        return [name for hook in hooks.get_hooks("register_sitemap_urls") for name in hook()]

    def location(self, item):
        return reverse(item)
