"""The editorial policy in the admin: read the current version, accept it."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .models import PolicyAcceptance
from .policy import accept_policy, current_policy


@require_http_methods(["GET", "POST"])
def editorial_policy(request):
    """Show the current policy in the editor's language; POST records their acceptance."""
    policy = current_policy(get_language())
    accepted = (
        policy is not None
        and PolicyAcceptance.objects.filter(user=request.user, version=policy.version).first()
    )
    if request.method == "POST" and policy is not None:
        accept_policy(request.user, policy.version)
        messages.success(
            request,
            _("You accepted version %(version)s of the editorial policy.")
            % {"version": policy.version},
        )
        next_url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            return redirect(next_url)
        return redirect("egecms_editorial:editorial_policy")
    return TemplateResponse(
        request,
        "egecms_editorial/editorial_policy.html",
        {
            "policy": policy,
            "acceptance": accepted or None,
            "next": request.GET.get("next", ""),
            "page_title": _("Editorial policy"),
        },
    )
