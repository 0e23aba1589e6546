"""What a reader sees when django-axes refuses a login (``AXES_LOCKOUT_CALLABLE``)."""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .lockout_time import lockout_minutes
from .page_passwords import is_page_password, locked_out_response


@never_cache
def lockout_response(request, original_response=None, credentials=None):
    """The translated lockout page, 429 Too Many Requests, never cached: the login's, or the
    page password's (``egecms.security.page_passwords``)."""
    if is_page_password(credentials):
        return locked_out_response(request)
    return render(
        request,
        "egecms/login_locked.html",
        {"lockout_minutes": lockout_minutes(get_cool_off(request))},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
