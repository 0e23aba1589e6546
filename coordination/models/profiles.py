"""The public "who does what where" page: the matrix of agencies × countries, its CSV, the
listing of activities (``/en/countries/activities/``) and one profile per country of the region
(``/en/countries/pe/``)."""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from egecms.core.aggregation import contribution_queryset, restricted_q
from egecms.core.cards import build_cards
from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.core.feeds.routes import SectionFeedsMixin
from egecms.core.labels import LocaleLabels
from egecms.core.listing import SectionIndexPage
from egecms.core.paging import window

from ..filters import ActivityFilterSet
from ..matrix import matrix_csv, who_does_what_where
from ..profiles import country_profile
from .activity import ActivityPage

ACTIVITIES_PER_PAGE = 48


class CountryProfilesPage(SectionFeedsMixin, RoutablePageMixin, SectionIndexPage):
    """Who does what where (agencies × countries), the activities of every agency and the
    country profiles (aggregates; owns no content). One per locale, under the topic page; the
    section of activities in the registry (the matrix and profiles link to ``activities/``)."""

    subpage_types = []
    aggregates = True
    #: Where, under this page, the listing of its contribution type (activities) is.
    listing_route = "activities/"

    class Meta:
        verbose_name = _("who does what where")

    def aggregate_context(self, request):
        return {}  # each route computes its own (the matrix, a profile)

    @path("")
    def matrix(self, request):
        context = self.get_context(request)
        context["matrix"] = who_does_what_where(page=self, request=request)
        return TemplateResponse(request, "coordination/matrix_page.html", context)

    @path("csv/", name="matrix_csv")
    def matrix_download(self, request):
        matrix = who_does_what_where(page=self, request=request)
        response = HttpResponse(matrix_csv(matrix), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="who-does-what-where.csv"'
        return response

    @path("activities/", name="activities")
    def activities(self, request):
        """Every live, public activity of the locale, filtered by agency, country, topic,
        status and year; cards in a fixed number of queries."""
        context = self.get_context(request)
        labels = LocaleLabels.load(self.locale_id)
        filters = ActivityFilterSet(
            request.GET,
            queryset=contribution_queryset(
                ActivityPage, locale=self.locale_id, exclude_q=restricted_q(request)
            ),
            labels=labels,
        )
        page_obj = window(filters.qs, number=request.GET.get("page"), size=ACTIVITIES_PER_PAGE)
        context.update(
            filters=filters,
            page_obj=page_obj,
            cards=build_cards(
                page_obj.object_list, locale=self.locale_id, labels=labels, request=request
            ),
        )
        return TemplateResponse(request, "coordination/activities_page.html", context)

    @re_path(r"^(?P<code>[a-z]{2})/$", name="country")
    def country(self, request, code):
        if code.upper() not in LAC_COUNTRY_CODES:
            raise Http404
        context = self.get_context(request)
        context["profile"] = country_profile(code.upper(), page=self, request=request)
        return TemplateResponse(request, "coordination/country_profile_page.html", context)

    def country_url(self, code, request=None):
        """The address of ``code``'s profile under this page."""
        return self.get_url(request=request) + self.reverse_subpage(
            "country", kwargs={"code": str(code).lower()}
        )
