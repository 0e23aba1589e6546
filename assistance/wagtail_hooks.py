"""Wagtail hooks of the assistance app: the requests for assistance in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_admin_viewset")
def register_assistance_request_viewset():
    from .viewsets import AssistanceRequestViewSet

    return AssistanceRequestViewSet()


@hooks.register("register_log_actions")
def register_request_log_actions(actions):
    from .records import ERASED_ACTION, EXPORTED_ACTION

    actions.register_action(
        ERASED_ACTION, _("Erase"), _("Request for assistance erased on its requester's demand")
    )
    actions.register_action(EXPORTED_ACTION, _("Export"), _("Request for assistance exported"))
