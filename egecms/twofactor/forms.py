from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """A code from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )

    def __init__(self, *args, check=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check
        self.result = None

    def clean_code(self):
        self.result = self.check(self.cleaned_data["code"])
        if not self.result:
            raise forms.ValidationError(
                _(
                    "That code is not valid. Check your device's clock, wait for the next code "
                    "and try again."
                ),
                code="invalid",
            )
        return self.cleaned_data["code"]
