"""The admin forms of the managed records: an appointment is checked against the rotation
rules, and a broken rule is the form's error, in the user's language; the records with texts
edit them in the other content languages too, one tab per language (:func:`translation_tabs`),
kept in the record's ``translations`` (read by :func:`~.texts.localized`)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface

from .actions import Appoint
from .rules import RuleBroken


class AppointmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if not self.errors:
            # the instance takes the form's values only after clean(): check what was typed
            for name in ("role", "user", "agency", "start", "end"):
                setattr(self.instance, name, cleaned_data[name])
            try:
                Appoint(self.instance).check()
            except RuleBroken as broken:
                raise ValidationError(broken.message, code=broken.rule) from broken
        return cleaned_data


def other_languages():
    """``[(code, name)]``: the content languages a record's text may be translated into (all
    but the default language, in which records are written)."""
    return [
        (code, name)
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def translation_field_name(language, field):
    return f"translation_{language}_{field}"


class TranslationsForm(WagtailAdminModelForm):
    """A record's form with its texts in the other languages (fields made by
    :func:`translations_form`): read from ``translations``, written back without the empty
    ones (an empty field shows readers the original)."""

    translated_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kept = self.instance.translations or {}
        for language, _name in other_languages():
            for field in self.translated_fields:
                self.initial.setdefault(
                    translation_field_name(language, field), kept.get(language, {}).get(field, "")
                )

    def translations(self):
        """The record's ``translations`` with this form's values (other keys kept as they were)."""
        kept = {
            language: dict(texts) for language, texts in (self.instance.translations or {}).items()
        }
        for language, _name in other_languages():
            texts = kept.setdefault(language, {})
            for field in self.translated_fields:
                value = (
                    self.cleaned_data.get(translation_field_name(language, field)) or ""
                ).strip()
                if value:
                    texts[field] = value
                else:
                    texts.pop(field, None)
        return {language: texts for language, texts in kept.items() if texts}

    def save(self, commit=True):
        self.instance.translations = self.translations()
        return super().save(commit=commit)


def translations_form(model, fields):
    """A :class:`TranslationsForm` for ``model`` with a field per other language for each of
    ``fields`` (a text area for a text field, a line for the others)."""
    attrs = {"__module__": __name__, "translated_fields": tuple(fields)}
    for language, language_name in other_languages():
        for field in fields:
            model_field = model._meta.get_field(field)
            multiline = isinstance(model_field, models.TextField)
            attrs[translation_field_name(language, field)] = forms.CharField(
                label=format_lazy("{} ({})", capfirst(model_field.verbose_name), language_name),
                required=False,
                max_length=model_field.max_length,
                widget=forms.Textarea(attrs={"rows": 4}) if multiline else forms.TextInput,
                help_text=_("Leave empty to show readers of this language the original."),
            )
    return type(f"{model.__name__}TranslationsForm", (TranslationsForm,), attrs)


def translation_tabs(model, panels, fields):
    """The record's ``panels`` in a first tab, then a tab per other language with ``fields``."""
    default_name = dict(settings.LANGUAGES).get(settings.LANGUAGE_CODE, settings.LANGUAGE_CODE)
    return TabbedInterface(
        [
            ObjectList(panels, heading=format_lazy("{} ({})", _("Original"), default_name)),
            *(
                ObjectList(
                    [FieldPanel(translation_field_name(language, field)) for field in fields],
                    heading=language_name,
                )
                for language, language_name in other_languages()
            ),
        ],
        base_form_class=translations_form(model, fields),
    )
