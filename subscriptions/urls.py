"""Public URLs of subscriptions (under each language's prefix: /en/subscriptions/...)."""

from django.urls import path

from . import views

app_name = "subscriptions"
urlpatterns = [
    path("", views.SubscribeView.as_view(), name="subscribe"),
    path("confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("manage/<str:token>/", views.ManageView.as_view(), name="manage"),
    path("unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("erase/<str:token>/", views.EraseView.as_view(), name="erase"),
    path("feed/<str:kind>/", views.feed_view, name="feed"),
]
