"""Model fields shared by content apps."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .safe_urls import validate_safe_url


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


class ChoicesListField(models.JSONField):
    """A list of values from fixed ``choices`` (``["governments", "academia"]``), edited as
    checkboxes. (A JSON list, so it works alike on SQLite and PostgreSQL.)"""

    def __init__(self, *args, choices=(), **kwargs):
        self.item_choices = list(choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            required=not self.blank,
            choices=self.item_choices,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {key for key, _label in self.item_choices}
        unknown = [key for key in value or [] if key not in known]
        if unknown:
            raise forms.ValidationError(
                _("Unknown choice(s): %(values)s"), params={"values": ", ".join(unknown)}
            )

    def labels(self, value):
        """Display labels of the values in ``value``, in the order of the choices."""
        chosen = set(value or [])
        return [label for key, label in self.item_choices if key in chosen]


class SafeURLField(models.URLField):
    """A URL field that refuses ``javascript:``, ``data:`` and ``vbscript:`` addresses, in the
    admin's forms and in ``full_clean`` alike, with a message in the editor's language."""

    default_validators = [*models.URLField.default_validators, validate_safe_url]

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.validators.append(validate_safe_url)
        return field
