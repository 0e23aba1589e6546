"""The forms of a subscription: the address, language, frequency and the facets to follow.

The facets' options are the values the published items have, named in the reader's language
(one query, plus the cached labels)."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from egecms.search.facets import FACETS, Labels
from egecms.search.models import SearchFacetValue

from .filters import SUBSCRIPTION_FACETS, clean_filters
from .models import Frequency, NotificationChoice, NotificationKind, NotificationPreference


def facet_options(language):
    """``{facet: [(value, label), ...]}`` of the values items in ``language``'s locale have."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    rows = (
        SearchFacetValue.objects.filter(document__locale=locale, facet__in=SUBSCRIPTION_FACETS)
        .values_list("facet", "value", "label")
        .distinct()
    )
    row_labels = {(facet, value): label for facet, value, label in rows if label}
    labels = Labels(locale.pk, row_labels)
    options = {facet: {} for facet in SUBSCRIPTION_FACETS}
    for facet, value, _label in rows:
        options[facet][value] = str(labels(facet, value))
    return {
        facet: sorted(values.items(), key=lambda item: item[1].casefold())
        for facet, values in options.items()
    }


class SubscriptionForm(forms.Form):
    """Choices of a subscription (the address is asked only when subscribing)."""

    language = forms.ChoiceField(label=_("Language of the messages"), choices=settings.LANGUAGES)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.WEEKLY
    )

    def __init__(self, *args, filters=None, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language() or settings.LANGUAGE_CODE
        self.fields["language"].initial = language
        options = facet_options(language)
        for facet in SUBSCRIPTION_FACETS:
            chosen = (filters or {}).get(facet, [])
            choices = list(options[facet])
            known = {value for value, _label in choices}
            choices += [(value, value) for value in chosen if value not in known]
            self.fields[facet] = forms.MultipleChoiceField(
                label=FACETS[facet],
                choices=choices,
                required=False,
                initial=chosen,
                widget=forms.CheckboxSelectMultiple,
            )

    def cleaned_filters(self):
        return clean_filters({facet: self.cleaned_data.get(facet) for facet in SUBSCRIPTION_FACETS})


class SubscribeForm(SubscriptionForm):
    """A new subscription: the address first."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    field_order = ["email", "language", "frequency"]


class NotificationPreferencesForm(forms.Form):
    """A staff user's choice, per kind of notification: e-mail now, a daily summary, none
    (shown in the admin's account settings, Notifications tab)."""

    def __init__(self, *args, instance, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = instance
        chosen = dict(
            NotificationPreference.objects.filter(user=instance).values_list("kind", "choice")
        )
        for kind, label in NotificationKind.choices:
            self.fields[kind] = forms.ChoiceField(
                label=label,
                choices=NotificationChoice.choices,
                initial=chosen.get(kind, NotificationChoice.NOW),
                widget=forms.RadioSelect,
            )

    def save(self):
        for kind in NotificationKind.values:
            NotificationPreference.objects.update_or_create(
                user=self.user, kind=kind, defaults={"choice": self.cleaned_data[kind]}
            )
