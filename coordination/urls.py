"""Admin URLs of the coordination app (namespace ``coordination``)."""

from django.urls import path

from . import views

app_name = "coordination"

urlpatterns = [
    path("overlaps/", views.FlagIndexView.as_view(), name="flags"),
    path("overlaps/<int:pk>/", views.FlagView.as_view(), name="flag"),
    path("import-iati/", views.IatiImportView.as_view(), name="import_iati"),
]
