"""Model fields shared by content apps."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguagesField(models.JSONField):
    """A list of content-language codes (``["es", "en"]``), edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            required=not self.blank,
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise forms.ValidationError(
                _("Unknown language code(s): %(codes)s"), params={"codes": ", ".join(unknown)}
            )
