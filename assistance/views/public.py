"""The routes of ``AssistanceRequestPage``: thin, the work is in forms, submission, tracking."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from assistance.models.requests import new_reference

from ..forms import AssistanceRequestForm
from ..ratelimit import RateLimit
from ..status_links import ExpiredStatusLink, InvalidStatusLink, read_status_token
from ..submission import submit_request
from ..tracking import requester_status

# References this browser sent (real or, for a robot, made up): its confirmation pages.
SESSION_KEY = "egecms_assistance_requests"
SESSION_KEPT = 10

FORM_TEMPLATE = "assistance/form_page.html"
THANKS_TEMPLATE = "assistance/thanks.html"
STATUS_TEMPLATE = "assistance/status.html"
EXPIRED_TEMPLATE = "assistance/status_expired.html"
RATE_LIMITED_TEMPLATE = "assistance/rate_limited.html"


def _private(response, *, referrer=True):
    """Never cached by a browser or a front-end cache, never indexed; on pages whose URL is a
    secret, never sent on as a referrer either."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    if not referrer:
        response["Referrer-Policy"] = "no-referrer"
    return response


def request_form(request, *, page):
    """The form (GET); a submission (POST): checked, rate-limited, stored, acknowledged."""
    limit = RateLimit.for_assistance_requests()
    if request.method == "POST":
        if limit.is_exceeded(request):
            return rate_limited(request, page=page, limit=limit)
        form = AssistanceRequestForm(request.POST, locale=page.locale)
        if form.is_valid():
            if not limit.hit(request):
                return rate_limited(request, page=page, limit=limit)
            if form.is_spam:
                reference = new_reference()
            else:
                reference = submit_request(
                    **form.submission_data(), locale=page.locale, page=page
                ).reference
            sent = request.session.get(SESSION_KEY, [])
            request.session[SESSION_KEY] = [*sent[-(SESSION_KEPT - 1) :], reference]
            return redirect(
                page.get_url(request=request)
                + page.reverse_subpage("thanks", kwargs={"reference": reference})
            )
        return _private(
            page.render(request, template=FORM_TEMPLATE, context_overrides={"form": form})
        )
    # The empty form is public and meant to be found: indexed, but never cached (its CSRF
    # token is this visitor's). What a visitor typed (a POST with errors) is never indexed.
    form = AssistanceRequestForm(locale=page.locale)
    response = page.render(request, template=FORM_TEMPLATE, context_overrides={"form": form})
    add_never_cache_headers(response)
    return response


def rate_limited(request, *, page, limit):
    """429: this client sent too many requests lately; nothing of this one is kept."""
    response = page.render(
        request,
        template=RATE_LIMITED_TEMPLATE,
        context_overrides={"retry_minutes": max(1, limit.window // 60)},
    )
    response.status_code = 429
    response["Retry-After"] = str(limit.window)
    return _private(response)


def thanks(request, *, page, reference):
    """The confirmation, with the reference, for the browser that sent the request only."""
    if reference not in request.session.get(SESSION_KEY, []):
        raise Http404
    response = page.render(
        request, template=THANKS_TEMPLATE, context_overrides={"reference": reference}
    )
    return _private(response)


def request_status(request, *, page, token):
    """The requester's private status page; 404 for a forged link, a notice for an old one."""
    try:
        reference = read_status_token(token)
    except InvalidStatusLink:
        raise Http404 from None
    except ExpiredStatusLink:
        response = page.render(request, template=EXPIRED_TEMPLATE)
        response.status_code = 410
        return _private(response, referrer=False)
    status = requester_status(reference, locale=page.locale_id)
    if status is None:  # authentic, but the request was erased since
        raise Http404
    response = page.render(request, template=STATUS_TEMPLATE, context_overrides={"status": status})
    return _private(response, referrer=False)
