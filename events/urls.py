"""Admin URLs of the events app, under the ``events`` namespace."""

from django.urls import path

from .views.admin import FeedImportView, ImportICalView

app_name = "events"
urlpatterns = [
    path("import-ical/", ImportICalView.as_view(), name="import_ical"),
    path("import-ical/<int:pk>/", FeedImportView.as_view(), name="feed_import"),
]
