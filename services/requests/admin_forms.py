"""The forms program managers and the board use on a request in the admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

from egecms.core.models import Agency
from egecms.core.models.canonical import canonical_locale_filter
from services.models import AssistanceRequest, RequestEvent, RequestRouting

from .workflow import next_statuses

NOTE_MAX_LENGTH = RequestEvent._meta.get_field("note").max_length


def _agencies():
    return Agency.objects.filter(**canonical_locale_filter()).order_by("acronym")


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.acronym} — {obj.name}"


class StatusForm(forms.Form):
    """Move the request on; assigning names the agency that takes it."""

    action = "status"
    status = forms.ChoiceField(label=_("New status"))
    agency = AgencyChoiceField(
        label=_("Assign to"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=_("Needed when the request is assigned."),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the program managers only; the requester is told the new status."),
    )

    def __init__(self, *args, assistance_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.label) for status in next_statuses(assistance_request)
        ]
        self.fields["agency"].queryset = _agencies()
        self.fields["agency"].initial = assistance_request.assigned_agency_id

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == AssistanceRequest.Status.ASSIGNED and not cleaned_data.get(
            "agency"
        ):
            self.add_error("agency", _("Choose the agency the request is assigned to."))
        return cleaned_data


class NoteForm(forms.Form):
    action = "note"
    note = forms.CharField(
        label=_("Note"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the program managers and the board only."),
    )


class RouteForm(forms.Form):
    """Pass the request to one more agency (its program managers are told)."""

    action = "route"
    agency = AgencyChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    note = forms.CharField(
        label=_("Why"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, assistance_request, **kwargs):
        super().__init__(*args, **kwargs)
        routed = assistance_request.routings.values("agency_id")
        self.fields["agency"].queryset = _agencies().exclude(pk__in=routed)


class QueueFilterForm(forms.Form):
    """The queue's filters (GET); empty means all the user may see."""

    OPEN = "open"

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any")), (OPEN, _("Open")), *AssistanceRequest.Status.choices],
    )
    agency = AgencyChoiceField(
        label=_("Routed to"), queryset=Agency.objects.none(), required=False, empty_label=_("Any")
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    reference = forms.CharField(label=_("Reference"), required=False, max_length=20)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = _agencies()
        country_field = AssistanceRequest._meta.get_field("country")
        self.fields["country"].choices = [
            ("", _("Any")),
            *country_field.get_choices(include_blank=False),
        ]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["status"] == self.OPEN:
            queryset = queryset.exclude(status__in=AssistanceRequest.CLOSED_STATUSES)
        elif data["status"]:
            queryset = queryset.filter(status=data["status"])
        if data["agency"]:
            routed = RequestRouting.objects.filter(agency=data["agency"]).values("request_id")
            queryset = queryset.filter(pk__in=routed)
        if data["country"]:
            queryset = queryset.filter(country=data["country"])
        if data["reference"]:
            queryset = queryset.filter(reference__icontains=data["reference"].strip())
        return queryset
