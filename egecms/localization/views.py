"""Admin views of the translation workflows."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.models import Translation

from egecms.workspaces.visibility import without_pages_hidden_from

from .filters import StatusFilterForm
from .review import AlreadyInReview, submit_for_review
from .status import all_locales, status_rows

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


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Pages × languages: what is missing, in progress, in review, outdated or up to date."""

    template_name = "egecms_localization/status.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "site"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = StatusFilterForm(self.request.GET)  # every filter optional: no filter, all
        pages = without_pages_hidden_from(
            Page.objects.filter(depth__gte=2).order_by("path"), self.request.user
        )
        shown = form.locales(all_locales())
        rows = [row for row in status_rows(form.originals(pages), shown) if form.keep(row)]
        page_obj = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            form=form,
            locales=shown,
            page_obj=page_obj,
            table=[
                (row.original, [row.cells.get(locale.language_code) for locale in shown])
                for row in page_obj
            ],
        )
        return context
