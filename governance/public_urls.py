"""The governance app's public addresses (hook ``register_public_urls``): the page of what
the bodies published, and the members' own calendar addresses, which answer nothing without
a valid token."""

from django.urls import path

from egecms.pagecache.rules import shared_page

from .public_views import MeetingsFeedByTokenView, PublishedRecordsView

urlpatterns = [
    path("", shared_page(PublishedRecordsView.as_view()), name="published"),
    path("meetings/<str:token>/", MeetingsFeedByTokenView.as_view(), name="meetings_feed"),
]
