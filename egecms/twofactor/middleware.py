"""Holds an admin user who must use a second factor until they have entered a code."""

from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from . import devices, policy

GUARDED_PREFIXES = ("/admin/", "/django-admin/")
# Reachable before the code: signing in and out, and what those pages load.
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "admin:login",
    "admin:logout",
    "admin:jsi18n",
    "egecms_twofactor:verify",
}
# Reachable only by a user without a device: setting one up.
OPEN_WITHOUT_DEVICE = {"egecms_twofactor:setup"}


def _url_name(request):
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return None


def _to(view_name, request):
    return redirect(f"{reverse(view_name)}?{urlencode({'next': request.get_full_path()})}")


class TwoFactorMiddleware:
    """After django-otp's ``OTPMiddleware``: on ``/admin/`` and ``/django-admin/``, a signed-in
    user who must use a second factor, or who has set one up, and has not entered a code since
    signing in is sent to enter one; one who must but has no device, to set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.hold(request) or self.get_response(request)

    def hold(self, request):
        if not policy.is_enforced() or not request.path_info.startswith(GUARDED_PREFIXES):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        name = _url_name(request)
        if name in ALWAYS_OPEN:
            return None
        if devices.has_device(user):
            return _to("egecms_twofactor:verify", request)
        if name in OPEN_WITHOUT_DEVICE:
            return None
        if policy.requires_two_factor(user):
            return _to("egecms_twofactor:setup", request)
        return None
