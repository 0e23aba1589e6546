"""Admin URLs of the translation workflows, under the ``egecms_localization`` namespace."""

from django.urls import path

from . import views

app_name = "egecms_localization"
urlpatterns = [
    path("status/", views.TranslationStatusView.as_view(), name="status"),
    path(
        "status/results/",
        views.TranslationStatusView.as_view(results_only=True),
        name="status_results",
    ),
    path(
        "<int:translation_id>/submit-for-review/",
        views.submit_translation_for_review,
        name="submit_for_review",
    ),
]
