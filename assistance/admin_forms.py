"""The forms program managers and the board use on a request in the admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

from assistance.models import AssistanceRequest, RequestEvent
from egecms.core.models import Agency
from egecms.core.models.canonical import canonical_locale_filter

from .workflow import next_statuses

NOTE_MAX_LENGTH = RequestEvent._meta.get_field("note").max_length


def canonical_agencies(request=None):
    """The agencies a request can be routed or assigned to, by acronym."""
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
        self.fields["agency"].queryset = canonical_agencies()
        self.fields["agency"].initial = assistance_request.assigned_agency_id

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == AssistanceRequest.Status.ASSIGNED and not cleaned_data.get(
            "agency"
        ):
            self.add_error("agency", _("Choose the agency the request is assigned to."))
        return cleaned_data


class NoteForm(forms.Form):
    """An internal note in the request's history."""

    action = "note"
    note = forms.CharField(
        label=_("Note"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the program managers and the board only."),
    )

    def __init__(self, *args, assistance_request, **kwargs):  # the signature of the others
        super().__init__(*args, **kwargs)


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
        self.fields["agency"].queryset = canonical_agencies().exclude(pk__in=routed)
