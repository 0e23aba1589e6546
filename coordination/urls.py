"""Admin URLs of the coordination app (namespace ``coordination``)."""

from django.urls import path

from . import views

app_name = "coordination"

urlpatterns = [
    path("overlaps/", views.FlagIndexView.as_view(), name="flags"),
    path("overlaps/<int:pk>/", views.FlagView.as_view(), name="flag"),
    path("overlaps/<int:pk>/close/", views.FlagCloseView.as_view(), name="flag_close"),
    path("overlaps/<int:pk>/reopen/", views.FlagReopenView.as_view(), name="flag_reopen"),
    path("import-iati/", views.IatiImportView.as_view(), name="import_iati"),
]
