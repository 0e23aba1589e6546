"""What a reader sees when django-axes refuses a login (``AXES_LOCKOUT_CALLABLE``)."""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.views.decorators.cache import never_cache


def lockout_minutes(cool_off):
    """Whole minutes of a cool-off period, rounded up, at least one."""
    return max(1, math.ceil(cool_off.total_seconds() / 60)) if cool_off else 0


@never_cache
def lockout_response(request, original_response=None, credentials=None):
    """The translated lockout page, 429 Too Many Requests, never cached."""
    return render(
        request,
        "egecms/login_locked.html",
        {"lockout_minutes": lockout_minutes(get_cool_off(request))},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
