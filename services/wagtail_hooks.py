"""Wagtail hooks of the services app: the requests for assistance in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_urls")
def register_request_admin_urls():
    from .requests import admin_views

    return [
        path(
            "assistance-requests/",
            admin_views.QueueView.as_view(),
            name="services_assistance_requests",
        ),
        path(
            "assistance-requests/<int:pk>/",
            admin_views.RequestView.as_view(),
            name="services_assistance_request",
        ),
        path(
            "assistance-requests/<int:pk>/export/",
            admin_views.export_view,
            name="services_assistance_request_export",
        ),
        path(
            "assistance-requests/<int:pk>/erase/",
            admin_views.EraseView.as_view(),
            name="services_assistance_request_erase",
        ),
    ]


class RequestQueueMenuItem(MenuItem):
    def is_shown(self, request):
        from .requests.access import may_use_queue

        return may_use_queue(request.user)


@hooks.register("register_admin_menu_item")
def register_request_queue_menu_item():
    return RequestQueueMenuItem(
        _("Requests for assistance"),
        reverse("services_assistance_requests"),
        icon_name="help",
        order=410,
    )


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    from .requests.records import ERASED_ACTION, EXPORTED_ACTION

    actions.register_action(
        ERASED_ACTION, _("Erase"), _("Request for assistance erased on its requester's demand")
    )
    actions.register_action(EXPORTED_ACTION, _("Export"), _("Request for assistance exported"))
