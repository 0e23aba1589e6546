"""Forms of the coordination admin: a mission (for the user's own agencies), an IATI file and
the reason an overlap is closed."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from egecms.core.models import Agency

from .models.flags import OverlapFlag
from .permissions import MissionPermissionPolicy


class MissionForm(WagtailAdminModelForm):
    """A mission's form: the agency is one the user acts for (any, for a superuser)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and "agency" in self.fields:
            access = MissionPermissionPolicy(self._meta.model).access(user)
            if not access.every:
                self.fields["agency"].queryset = self.fields["agency"].queryset.filter(
                    pk__in=access.agency_ids
                )

    def save(self, commit=True):
        if self.instance.created_by_id is None and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)


class IatiUploadForm(forms.Form):
    """An IATI activity file and the agency whose space receives its activities."""

    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    file = forms.FileField(label=_("IATI activity file (XML)"))
    dry_run = forms.BooleanField(
        label=_("Only show what would happen"), required=False, initial=False
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class CloseFlagForm(forms.Form):
    """Why an overlap is closed: one of the reasons, and a note if needed."""

    reason = forms.ChoiceField(
        label=_("Why close it?"), choices=OverlapFlag.CloseReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
