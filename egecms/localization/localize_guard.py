"""wagtail-localize's submit and update views, guarded by the page's own permissions.

Out of the box they check only the global ``submit_translation`` permission: anyone holding it
could open any page of any space (the limited-access platform included) and copy it into other
languages. Here they also require the right to edit the page being translated. The guarded views
are mounted at wagtail-localize's own addresses, ahead of them, so every link keeps working.
Its translations report lists every translation to anyone in the admin: here it leaves out the
pages its user may not see (the platform, for non-members).
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from egecms.workspaces.visibility import pages_hidden_from

from .snippet_locales import may_change_in_language


def _require_edit(user, page):
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied


def submit_page_translation(request, page_id):
    _require_edit(request.user, get_object_or_404(Page, pk=page_id))
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    if not request.user.has_perm(f"{app_label}.change_{model_name}"):
        raise PermissionDenied
    instance = get_object_or_404(apps.get_model(app_label, model_name), pk=pk)
    if not may_change_in_language(request.user, instance):
        raise PermissionDenied
    return SubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


def _hold_publication_unless_allowed(request, source):
    """ "Publish immediately" only for who may publish every translation it would publish;
    anyone else updates the drafts, which then go through their language's review."""
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except Page.DoesNotExist:
            continue
        if not target.permissions_for_user(request.user).can_publish():
            data = request.POST.copy()
            data.pop("publish_translations")
            request.POST = data
            return


def update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        _require_edit(request.user, instance)
        if request.method == "POST" and request.POST.get("publish_translations"):
            _hold_publication_unless_allowed(request, source)
    else:
        meta = type(instance)._meta
        if not request.user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
            raise PermissionDenied
        if not may_change_in_language(request.user, instance):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


class VisibleTranslationsReportView(TranslationsReportView):
    """The translations report, without the pages its user may not see (the platform)."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if not queryset.ordered:
            queryset = queryset.order_by("-created_at", "-pk")
        hidden = pages_hidden_from(self.request.user)
        return queryset.exclude(source__object_id__in=hidden.values("translation_key"))


def urlpatterns():
    """Admin URLs that shadow wagtail-localize's unguarded ones (same paths, matched first)."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            submit_page_translation,
            name="egecms_guarded_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit_snippet_translation,
            name="egecms_guarded_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations,
            name="egecms_guarded_update_translations",
        ),
        path(
            "localize/reports/translations/",
            VisibleTranslationsReportView.as_view(),
            name="egecms_guarded_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            VisibleTranslationsReportView.as_view(results_only=True),
            name="egecms_guarded_translations_report_results",
        ),
    ]
