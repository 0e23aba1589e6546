"""The governance app's public addresses (hook ``register_public_urls``): only the members'
own calendar addresses, which answer nothing without a valid token."""

from django.urls import path

from .public_views import MeetingsFeedByTokenView

urlpatterns = [
    path("meetings/<str:token>/", MeetingsFeedByTokenView.as_view(), name="meetings_feed"),
]
