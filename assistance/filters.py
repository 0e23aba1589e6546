"""The filters of the admin queue of requests for assistance (open requests by default)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from assistance.models import AssistanceRequest, RequestRouting

from .admin_forms import canonical_agencies

OPEN = "open"


class AssistanceRequestFilterSet(WagtailFilterSet):
    """Status (open ones unless another is chosen), agency routed to, country, reference."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(OPEN, _("Open")), *AssistanceRequest.Status.choices],
        empty_label=_("Any"),
        initial=OPEN,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    agency = django_filters.ModelChoiceFilter(
        label=_("Routed to"),
        queryset=canonical_agencies,
        empty_label=_("Any"),
        method="filter_agency",
    )
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("Any"))
    reference = django_filters.CharFilter(
        label=_("Reference"), method="filter_reference", max_length=20
    )

    class Meta:
        model = AssistanceRequest
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        # No status asked for (a first visit, or only other filters): the open requests.
        if data is not None and "status" not in data:
            data = data.copy()
            data["status"] = OPEN
        super().__init__(data, *args, **kwargs)
        country_field = AssistanceRequest._meta.get_field("country")
        self.filters["country"].extra["choices"] = country_field.get_choices(include_blank=False)

    def filter_status(self, queryset, name, value):
        if value == OPEN:
            return queryset.exclude(status__in=AssistanceRequest.CLOSED_STATUSES)
        return queryset.filter(status=value)

    def filter_agency(self, queryset, name, value):
        routed = RequestRouting.objects.filter(agency=value).values("request_id")
        return queryset.filter(pk__in=routed)

    def filter_reference(self, queryset, name, value):
        return queryset.filter(reference__icontains=value.strip())
