from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import policy, urls


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("two-factor/", include(urls, namespace="egecms_twofactor"))]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("egecms_twofactor:account"),
        "label": _("Two-factor authentication"),
        "help_text": _("Ask for a code from your phone at each sign-in, with recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def reset_button(user, request_user):
    if policy.may_reset(request_user, user):
        yield Button(
            _("Reset two-factor authentication"),
            reverse("egecms_twofactor:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "egecms_twofactor.enable",
        _("Set up two-factor authentication"),
        _("Two-factor authentication set up"),
    )
    actions.register_action(
        "egecms_twofactor.reset",
        _("Reset two-factor authentication"),
        _("Two-factor authentication reset: every device removed"),
    )
