"""Admin URLs of subscriptions, under the ``subscriptions_admin`` namespace."""

from django.urls import path

from .admin_views import SubscriptionCountsView

app_name = "subscriptions_admin"
urlpatterns = [path("counts/", SubscriptionCountsView.as_view(), name="counts")]
