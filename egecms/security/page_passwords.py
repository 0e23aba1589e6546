"""Wrong page passwords are throttled per address, like failed logins (django-axes).

Wagtail's view restriction by password (``/<lang>/_util/authenticate_with_password/…``) let
anyone try passwords without limit. This view wraps Wagtail's own: each wrong password is a
failed attempt for django-axes, under the pseudo-username ``page-password:<restriction id>``,
so the login lockout's rules apply (``LOGIN_FAILURE_LIMIT`` failures from one address within
``LOGIN_LOCKOUT_MINUTES``; that address is then refused — the right password included — with
a translated 429 page). The attempts sit in the database beside the login failures: every
process sees them, and ``manage.py axes_reset`` lifts them as it lifts login lockouts.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from wagtail.views import authenticate_with_password

from .lockout_time import lockout_minutes

PSEUDO_USERNAME_PREFIX = "page-password:"


def credentials(page_view_restriction_id):
    """What django-axes counts a wrong password of this restriction under."""
    return {
        settings.AXES_USERNAME_FORM_FIELD: f"{PSEUDO_USERNAME_PREFIX}{page_view_restriction_id}"
    }


def is_page_password(credentials):
    """Whether django-axes' ``credentials`` are those of a page password (not a login)."""
    username = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD) or ""
    return str(username).startswith(PSEUDO_USERNAME_PREFIX)


def locked_out_response(request):
    """The translated page that says wrong passwords are refused for a while: 429, uncached."""
    response = render(
        request,
        "egecms/page_password_locked.html",
        {"lockout_minutes": lockout_minutes(get_cool_off(request))},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    add_never_cache_headers(response)
    return response


def throttled_authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form, refused from an address with too many wrong passwords."""
    if not settings.AXES_ENABLED or request.method != "POST":
        return authenticate_with_password(request, page_view_restriction_id, page_id)
    tried = credentials(page_view_restriction_id)
    if AxesProxyHandler.is_locked(request, tried):
        return locked_out_response(request)
    response = authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code == 200:  # the form again, with its error: a wrong password
        # Counted; at the limit django-axes' middleware turns the answer into the lockout
        # page (AXES_LOCKOUT_CALLABLE, which shows ours for page passwords).
        user_login_failed.send(sender=__name__, credentials=tried, request=request)
    return response
