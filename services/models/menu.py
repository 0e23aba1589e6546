"""The menu of services: the page listing every service of its locale (it aggregates; it owns
no content)."""

from django.utils.translation import gettext_lazy as _

from egecms.core.feeds.routes import SectionFeedsMixin
from egecms.core.listing import SectionIndexPage

from ..menu import menu_context


class ServiceMenuPage(SectionFeedsMixin, SectionIndexPage):
    """The menu of services: every active service of the locale, as cards or as a matrix of
    agencies × topics (aggregates; owns no content)."""

    subpage_types = []
    listed_model = "services.ServicePage"
    aggregates = True

    class Meta:
        verbose_name = _("menu of services")

    def get_template(self, request, *args, **kwargs):
        return "services/service_menu_page.html"

    def aggregate_context(self, request):
        return menu_context(self, request)
