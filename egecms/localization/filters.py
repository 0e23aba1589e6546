"""The filters of the translation status report: agency, work space, language, state.

Agency and work space narrow the original pages; the language chooses the columns and the
state keeps the rows with at least one cell in it. A filter value the form refuses leaves
the whole report unfiltered (as Wagtail's reports do).
"""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, Page

from egecms.core.models import Agency
from egecms.core.registry import contribution_types, workspace_types

from .status import LABELS


def default_language_agencies(request=None):
    return Agency.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def workspace_choices():
    models = workspace_types()
    pages = Page.objects.type(*models).filter(locale__language_code=settings.LANGUAGE_CODE)
    return [("", _("All work spaces"))] + [
        (page.pk, page.title) for page in pages.order_by("title")
    ]


class StatusFilterSet(WagtailFilterSet):
    """The report's filters; every one optional (no filter: every page, every language)."""

    agency = django_filters.ModelChoiceFilter(
        label=_("Agency"),
        queryset=default_language_agencies,
        empty_label=_("All agencies"),
        method="filter_agency",
    )
    workspace = django_filters.TypedChoiceFilter(
        label=_("Work space"), coerce=int, method="filter_workspace"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), empty_label=_("All languages"), method="keep_all"
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=list(LABELS.items()),
        empty_label=_("All states"),
        method="keep_all",
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = Page.objects.all()
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.filters["workspace"].extra["choices"] = workspace_choices()
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()
        ]

    def filter_agency(self, pages, name, agency):
        contributed = Q(pk__in=[])
        for entry in contribution_types:
            contributed |= Q(pk__in=entry.model.objects.filter(agencies=agency).values("pk"))
        return pages.filter(contributed)

    def filter_workspace(self, pages, name, workspace_id):
        workspace = Page.objects.filter(pk=workspace_id).first()
        if workspace is None:
            return pages
        under = Page.objects.filter(path__startswith=workspace.path)
        return pages.filter(translation_key__in=under.values("translation_key"))

    def keep_all(self, pages, name, value):
        return pages  # the language and the state narrow the rows: locales() and keep()

    def _valid(self, name):
        return self.form.cleaned_data.get(name) if self.is_valid() else None

    def locales(self, locales):
        """The columns: ``locales``, or only the chosen language's."""
        language = self._valid("language")
        return [locale for locale in locales if not language or locale.language_code == language]

    def keep(self, row):
        """Whether ``row`` (a :class:`~egecms.localization.status.Row`) has the chosen state."""
        state = self._valid("state")
        return not state or any(cell.state == state for cell in row.cells.values())
