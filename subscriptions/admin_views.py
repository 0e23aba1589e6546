"""The admin's view of subscriptions: the board's counts (no address is ever shown)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .counts import subscription_counts
from .permissions import may_see_counts


class SubscriptionCountsView(WagtailAdminTemplateMixin, TemplateView):
    """Subscribers per language and filter, messages sent, bounces."""

    template_name = "subscriptions/admin/counts.html"
    page_title = _("Subscriptions")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_counts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = subscription_counts(get_language())
        return context
