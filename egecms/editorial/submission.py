"""Submitting for moderation requires the current editorial policy to have been accepted."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .policy import has_accepted_current_policy

SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


def hold_submission_until_policy_accepted(request):
    """Turn a submission by someone who has not accepted the policy into a plain save.

    The editor's work is saved as a draft (nothing is lost) and a message explains what to do;
    the workflow does not start. Returns True when the submission was held back.
    """
    if request.method != "POST" or not any(request.POST.get(key) for key in SUBMIT_ACTIONS):
        return False
    if has_accepted_current_policy(request.user):
        return False
    data = request.POST.copy()
    for key in SUBMIT_ACTIONS:
        data.pop(key, None)
    request.POST = data
    url = reverse("egecms_editorial:editorial_policy") + "?next=" + request.get_full_path()
    messages.warning(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            _(
                "Your draft is saved, but it was not submitted for moderation: accept the current editorial policy first."
            ),
            url,
            _("Read and accept the editorial policy"),
        ),
    )
    return True
