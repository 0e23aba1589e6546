"""The public request form: what a country official fills in, checked field by field."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from assistance.models.requests import AssistanceRequest
from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.labels import LocaleLabels
from egecms.core.models import Topic

HONEYPOT_FIELD = "website"
# The largest id a database's 64-bit integer holds: a larger one is not a topic, and SQLite
# would fail to compare it rather than find nothing.
LARGEST_ID = 2**63 - 1


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """The canonical topics as checkboxes, named and sorted in the requester's language."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, locale, **kwargs):
        super().__init__(
            queryset=Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
            required=False,
            **kwargs,
        )
        labels = LocaleLabels.load(locale).topics
        # Listed once here (one query); validating the submitted ids reads the queryset.
        self.choices = sorted(
            ((pk, label.name) for pk, label in labels.items()), key=lambda choice: choice[1]
        )

    def _check_values(self, value):
        """Ids that cannot be topics (not a whole number a database holds) are refused with
        the field's own message before any query."""
        for pk in value:
            text = str(pk).strip()
            if not (text.isascii() and text.isdigit()) or int(text) > LARGEST_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


class AssistanceRequestForm(forms.ModelForm):
    """A request for assistance, its consent to the privacy notice, and a honeypot.

    The honeypot (``website``) is hidden from people and from screen readers by the template;
    a client that fills it in is treated as a robot: nothing is stored, and it gets the usual
    confirmation so that it learns nothing (:attr:`is_spam`).
    """

    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my request and contact details are "
            "used as it describes."
        ),
        error_messages={"required": _("Please accept the privacy notice to send your request.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = AssistanceRequest
        fields = [
            "country",
            "institution",
            "contact_name",
            "email",
            "need",
            "topics",
            "urgency",
            "modality",
            "preferred_language",
        ]
        labels = {
            "country": _("Country"),
            "institution": _("Requesting institution"),
            "contact_name": _("Contact person"),
            "email": _("E-mail"),
            "need": _("What do you need?"),
            "topics": _("Topics"),
            "urgency": _("Urgency"),
            "modality": _("Kind of assistance"),
            "preferred_language": _("Preferred language"),
        }
        help_texts = {
            "institution": _("The ministry, agency or public body asking for assistance."),
            "email": _(
                "We send the acknowledgement, with a private link to follow your request, to "
                "this address."
            ),
            "need": _("Describe the situation and the help you are looking for, in your words."),
            "topics": _("Choose the topics your need is about, if any apply."),
            "preferred_language": _("The language we write to you in."),
        }
        widgets = {
            "need": forms.Textarea(attrs={"rows": 10}),
            "urgency": forms.RadioSelect,
        }

    def __init__(self, *args, locale, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("preferred_language", locale.language_code)
        super().__init__(*args, **kwargs)
        self.fields["topics"] = TopicChoiceField(
            locale=locale,
            label=self.Meta.labels["topics"],
            help_text=self.Meta.help_texts["topics"],
        )
        self.fields["country"].choices = [("", _("Choose a country")), *LatinAmericaAndCaribbean()]
        self.fields["modality"].choices = [
            ("", _("No preference")),
            *AssistanceRequest._meta.get_field("modality").choices,
        ]
        self.fields["preferred_language"].choices = settings.LANGUAGES
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["institution"].widget.attrs["autocomplete"] = "organization"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def honeypot(self):
        """The bound honeypot field (rendered apart from the visible fields)."""
        return self[HONEYPOT_FIELD]

    def visible_request_fields(self):
        """The fields people fill in, in order, without the honeypot and the consent."""
        return [self[name] for name in self.Meta.fields]

    @property
    def is_spam(self):
        """Whether the honeypot was filled in (only meaningful once the form is valid)."""
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))

    def submission_data(self):
        """The cleaned request fields, as keyword arguments of ``submit_request``."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
