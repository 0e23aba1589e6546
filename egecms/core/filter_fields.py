"""The parts the public listings' FilterSets are made of (see :mod:`egecms.core.filters`):
a value of the query string read as the listings always have, a select offering named
options, and the filter that joins the two."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class FilterForm(forms.Form):
    """The form of a listing's filters: ids ``filter-<name>``, labels without a colon."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class QueryValueField(forms.CharField):
    """One value of a listing's query string.

    A NUL byte becomes U+FFFD (PostgreSQL refuses NUL in a query; U+FFFD matches nothing
    either); the value is cut to ``clip`` characters rather than refused, upper-cased when
    ``upper``; ``accept``, when given, says which values may filter: any other is refused,
    and a listing ignores every value its form refuses.
    """

    default_error_messages = {"refused": forms.ChoiceField.default_error_messages["invalid_choice"]}

    def __init__(self, *, clip=100, upper=False, accept=None, strip=False, **kwargs):
        super().__init__(strip=strip, **kwargs)
        self.clip, self.upper, self.accept = clip, upper, accept

    def to_python(self, value):
        value = super().to_python(value).replace("\x00", "\ufffd")[: self.clip]
        return value.upper() if self.upper else value

    def validate(self, value):
        super().validate(value)
        if value and self.accept is not None and not self.accept(value):
            raise ValidationError(
                self.error_messages["refused"], code="refused", params={"value": value}
            )


class OptionSelect(forms.Select):
    """A select of a filter's options that finds the current one whatever its case
    (``?agency=oas`` selects the option ``OAS``)."""

    def format_value(self, value):
        values = super().format_value(value)
        offered = {str(choice).casefold(): str(choice) for choice, _label in self.choices}
        return [offered.get(value.casefold(), value) for value in values]


class OptionFilter(django_filters.CharFilter):
    """A filter read from the query string by a :class:`QueryValueField` (its keyword
    arguments: ``clip``, ``upper``, ``accept``, ``strip``) and offered as a select: its
    FilterSet names the options (``<name>_options()``), first of them ``empty_label``."""

    field_class = QueryValueField

    def __init__(self, *args, empty_label=None, **kwargs):
        kwargs.setdefault("widget", OptionSelect)
        super().__init__(*args, **kwargs)
        self.empty_label = _("All") if empty_label is None else empty_label


class ModelFieldOptionFilter(OptionFilter):
    """An :class:`OptionFilter` on a field only some listed models have (a practice's
    outcome and year): its FilterSet leaves it out for the others."""
