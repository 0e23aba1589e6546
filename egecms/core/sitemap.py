"""The sitemap: every public page once per language, each listing its translations (hreflang).

Wagtail's own sitemap lists the pages under the site's root page only, which with
wagtail-localize is one language's tree; here the root page's translations are roots too.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        under_a_root = Q()
        for path in Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        ):
            under_a_root |= Q(path__startswith=path)
        return (
            Page.objects.filter(under_a_root)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_key = {}
        for item in self.paginator.page(page).object_list:
            by_key.setdefault(item.translation_key, []).append(
                {
                    "lang_code": item.locale.language_code,
                    "location": item.get_full_url(self.request),
                }
            )
        locations = {
            alternate["location"]: key
            for key, alternates in by_key.items()
            for alternate in alternates
        }
        for url in urls:
            key = locations.get(url["location"])
            if key is not None and len(by_key[key]) > 1:
                url["alternates"] = sorted(by_key[key], key=lambda a: a["lang_code"])
        return urls
