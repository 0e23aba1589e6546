"""Admin views of the translation workflows."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail_localize.models import Translation

from egecms.workspaces.visibility import without_pages_hidden_from

from .filters import StatusFilterSet
from .review import AlreadyInReview, submit_for_review
from .status import all_locales, report_lines, status_rows

ROWS_PER_PAGE = 50


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        state = submit_for_review(translation, request.user)
    except AlreadyInReview:
        messages.warning(request, _("This translation is already waiting for review."))
        state = None
    if state is not None:
        messages.success(
            request,
            _("The translation into %(language)s is waiting for its reviewers.")
            % {"language": translation.target_locale.get_display_name()},
        )
    target = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return redirect(target)


class TranslationStatusView(ReportView):
    """Pages × languages: what is missing, in progress, in review, outdated or up to date;
    downloadable as a spreadsheet (CSV, XLSX) of the same rows."""

    page_title = gettext_lazy("Translation status")
    header_icon = "site"
    results_template_name = "egecms_localization/status_results.html"
    filterset_class = StatusFilterSet
    index_url_name = "egecms_localization:status"
    index_results_url_name = "egecms_localization:status_results"
    paginate_by = ROWS_PER_PAGE
    export_filename = "translation-status"

    def get_base_queryset(self):
        pages = Page.objects.filter(depth__gte=2).order_by("path")
        return without_pages_hidden_from(pages, self.request.user)

    @cached_property
    def locales(self):
        """The report's columns: every language, or the one chosen."""
        return self.filters.locales(all_locales())

    def get_filtered_queryset(self):
        # The pages, narrowed by agency and work space, become rows; the state keeps some.
        rows = status_rows(self.get_queryset(), self.locales)
        return [row for row in rows if self.filters.keep(row)]

    def decorate_paginated_queryset(self, object_list):
        return report_lines(object_list, self.locales)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "locales": self.locales}

    # -- the spreadsheet: the page's columns, a cell's state in words ---------------------

    @cached_property
    def list_export(self):
        return ["original", *(locale.language_code for locale in self.locales)]

    @cached_property
    def export_headings(self):
        headings = {locale.language_code: locale.get_display_name() for locale in self.locales}
        return {"original": _("Original"), **headings}

    def to_row_dict(self, line):
        cells = zip(self.locales, line.cells, strict=True)
        return {
            "original": line.original.get_admin_display_title(),
            **{locale.language_code: cell.summary if cell else "—" for locale, cell in cells},
        }
