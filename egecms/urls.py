from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from egecms.core.public_urls import app_public_urls
from egecms.core.sitemap import AppPagesSitemap, MultilingualSitemap
from egecms.security.page_passwords import throttled_authenticate_with_password
from egecms.serving.crawlers import favicon, robots_txt
from egecms.serving.health import HealthView

# Any unhandled error: Django's 500, or a plain 503 when the database is gone.
handler500 = "egecms.serving.database_down.server_error"

urlpatterns = [
    # For load balancers and monitoring: no login, never cached, JSON when asked.
    path("healthz", HealthView.as_view(), name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap, "apps": AppPagesSitemap}},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: /en/, /es/, /pt/, /fr/; "/" redirects to the visitor's best language.
urlpatterns += i18n_patterns(
    # Wagtail's own pattern takes no dot; the files routable pages serve (feed.ics) do.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", wagtail_views.serve, name="wagtail_serve_file"),
    # Wagtail's page-password form, with wrong passwords throttled (before Wagtail's own route).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_authenticate_with_password,
        name="throttled_authenticate_with_password",
    ),
    # Apps' own public views (subscriptions...), before Wagtail's catch-all.
    *app_public_urls(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
