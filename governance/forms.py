"""The members' forms: own attendance, own organisation's position, a decision (managers)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from egecms.core.models import Agency
from egecms.core.models.canonical import canonical_locale_filter

from .models import ActionPlan, Attendance, Decision, Position


class AttendanceForm(forms.Form):
    status = forms.ChoiceField(label=_("Your attendance"), choices=Attendance.Status.choices)


class PositionForm(forms.Form):
    stance = forms.ChoiceField(
        label=_("Your organisation's position"), choices=Position.Stance.choices
    )


class DecisionForm(forms.Form):
    """A decision of the meeting, as the coordinator or the board records it."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Decision.Kind.choices)
    text = forms.CharField(label=_("Decision"), widget=forms.Textarea(attrs={"rows": 3}))
    subject_agency = forms.ModelChoiceField(
        label=_("Organisation joining"),
        queryset=Agency.objects.none(),
        required=False,
        help_text=_("For an accession: the prospective organisation."),
    )
    action_plan = forms.ModelChoiceField(
        label=_("Action plan"), queryset=ActionPlan.objects.all(), required=False
    )
    outcome = forms.ChoiceField(
        label=_("Evaluation outcome"),
        choices=[("", "---------"), *Decision.Outcome.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject_agency"].queryset = Agency.objects.filter(
            status=Agency.Status.PROSPECTIVE, **canonical_locale_filter()
        ).order_by("acronym")
