from django.urls import path

from . import views

app_name = "egecms_twofactor"
urlpatterns = [
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("setup/", views.SetupView.as_view(), name="setup"),
    path("reset/<int:user_id>/", views.ResetView.as_view(), name="reset"),
    path("", views.AccountView.as_view(), name="account"),
]
