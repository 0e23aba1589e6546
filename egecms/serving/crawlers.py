"""What crawlers and browsers ask every site's root for: ``/robots.txt`` and ``/favicon.ico``.

Without them each public page's visit logged a 404 in the browser's console (the favicon) and
search engines had no pointer to the sitemap. ``robots.txt`` keeps crawlers out of the admin
and of Wagtail's utility views (login, page passwords) and names the sitemap by the absolute
URL rules of ``egecms.core.absolute_urls``.
"""

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe

from egecms.core.absolute_urls import absolute_url

FAVICON = "egecms/favicon.svg"
DISALLOWED = ("/admin/", "/django-admin/", "/_util/", "/*/_util/")


@require_safe
def robots_txt(request):
    """The crawling rules and the sitemap's address, as plain text."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {absolute_url(reverse('sitemap'), request)}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    """The site's icon, for the clients that ask ``/favicon.ico`` whatever the page says."""
    return HttpResponsePermanentRedirect(static(FAVICON))
