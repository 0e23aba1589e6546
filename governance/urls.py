"""Admin URLs of the governance app, under the ``governance`` namespace."""

from django.urls import path

from . import views

app_name = "governance"
urlpatterns = [
    path("", views.OverviewView.as_view(), name="index"),
    path("meetings/<int:pk>/", views.MeetingView.as_view(), name="meeting"),
    path("meetings/<int:pk>/attendance/", views.AttendanceView.as_view(), name="attendance"),
    path("meetings/<int:pk>/position/", views.PositionView.as_view(), name="position"),
    path("meetings/<int:pk>/decision/", views.DecisionView.as_view(), name="decision"),
    path("bodies/<int:pk>/members/", views.MembersView.as_view(), name="members"),
    path("plans/<int:pk>/", views.ActionPlanView.as_view(), name="plan"),
    path("publication/<str:item>/<int:pk>/", views.PublicationView.as_view(), name="publication"),
    path("meetings.ics", views.ICalFeedView.as_view(), name="ical"),
]
