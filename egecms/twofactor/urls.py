from django.urls import path

from . import views

app_name = "egecms_twofactor"
urlpatterns = [
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("setup/", views.SetupView.as_view(), name="setup"),
    path("", views.AccountView.as_view(), name="account"),
]
