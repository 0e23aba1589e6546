"""The filters of the translation status view: agency, work space, language, state."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models

from egecms.core.models import Agency, WorkspacePage
from egecms.core.registry import contribution_types

from .status import LABELS


def _workspace_choices():
    models = [m for m in get_page_models() if issubclass(m, WorkspacePage) and not m._meta.abstract]
    pages = Page.objects.type(*models).filter(locale__language_code=settings.LANGUAGE_CODE)
    return [("", _("All work spaces"))] + [
        (page.pk, page.title) for page in pages.order_by("title")
    ]


class StatusFilterForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=Agency.objects.none(),
        required=False,
        empty_label=_("All agencies"),
    )
    workspace = forms.TypedChoiceField(label=_("Work space"), coerce=int, required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.fields["workspace"].choices = _workspace_choices()
        self.fields["language"].choices = [("", _("All languages"))] + [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()
        ]
        self.fields["state"].choices = [("", _("All states"))] + list(LABELS.items())

    def originals(self, pages):
        """Narrow ``pages`` by agency and work space."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("workspace"):
            workspace = Page.objects.filter(pk=data["workspace"]).first()
            if workspace is not None:
                pages = pages.filter(
                    Q(
                        translation_key__in=Page.objects.filter(
                            path__startswith=workspace.path
                        ).values("translation_key")
                    )
                )
        if data.get("agency"):
            contributed = Q(pk__in=[])
            for entry in contribution_types:
                contributed |= Q(
                    pk__in=entry.model.objects.filter(agencies=data["agency"]).values("pk")
                )
            pages = pages.filter(contributed)
        return pages

    def locales(self, locales):
        language = self.cleaned_data.get("language") if self.is_valid() else None
        return [locale for locale in locales if not language or locale.language_code == language]

    def keep(self, row):
        state = self.cleaned_data.get("state") if self.is_valid() else None
        return not state or any(cell.state == state for cell in row.cells.values())
