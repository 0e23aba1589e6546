"""The public "who does what where" page: the matrix of agencies × countries, its CSV, and one
profile per country of the region (``/en/countries/pe/``)."""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.core.listing import SectionIndexPage

from ..matrix import matrix_csv, who_does_what_where
from ..profiles import country_profile


class CountryProfilesPage(RoutablePageMixin, SectionIndexPage):
    """Who does what where (agencies × countries) and the country profiles (aggregates; owns
    no content). One per locale, under the topic page."""

    subpage_types = []
    aggregates = True

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
