"""Admin URLs of the editorial policy, under the ``egecms_editorial`` namespace."""

from django.urls import path

from . import views

app_name = "egecms_editorial"
urlpatterns = [path("", views.editorial_policy, name="editorial_policy")]
