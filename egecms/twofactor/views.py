"""The admin's second-factor views: enter a code, set up an authenticator app, and the
user's own page (account menu). Thin: the work is in ``devices``."""

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import devices, policy
from .forms import CodeForm


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


class VerifyView(View):
    """Asks a signed-in user for a code from their authenticator app or a recovery code."""

    template_name = "egecms_twofactor/verify.html"

    def render(self, request, form):
        return TemplateResponse(
            request, self.template_name, {"form": form, "next": _next_url(request)}
        )

    def get(self, request):
        if not devices.has_device(request.user):
            query = urlencode({"next": _next_url(request)})
            return redirect(f"{reverse('egecms_twofactor:setup')}?{query}")
        return self.render(request, CodeForm(check=None))

    def post(self, request):
        form = CodeForm(request.POST, check=lambda code: devices.verify_code(request.user, code))
        if not form.is_valid():
            return self.render(request, form)
        django_otp.login(request, form.result)
        if devices.is_recovery_codes(form.result):
            left = devices.remaining_recovery_codes(request.user)
            messages.warning(
                request,
                _("You used a recovery code; %(count)d left. Make new ones from your account.")
                % {"count": left},
            )
        return redirect(_next_url(request))


class SetupView(View):
    """Sets up an authenticator app: a QR code and the secret as text, confirmed with a
    code; then the recovery codes, shown this once."""

    template_name = "egecms_twofactor/setup.html"

    def render(self, request, device, form):
        context = {
            "form": form,
            "next": _next_url(request),
            "qr_code": devices.qr_code_svg(device),
            "secret": devices.secret_text(device),
            "required": policy.requires_two_factor(request.user),
        }
        return TemplateResponse(request, self.template_name, context)

    def get(self, request):
        return self.render(request, devices.pending_app_device(request.user), CodeForm())

    def post(self, request):
        device = devices.pending_app_device(request.user)
        form = CodeForm(request.POST, check=lambda code: devices.confirm_app_device(device, code))
        if not form.is_valid():
            return self.render(request, device, form)
        django_otp.login(request, device)
        return TemplateResponse(
            request,
            "egecms_twofactor/recovery_codes.html",
            {"codes": form.result, "next": _next_url(request)},
        )


class AccountView(WagtailAdminTemplateMixin, TemplateView):
    """The user's own page: whether they use a second factor, new recovery codes, and
    turning it off when they are not required to use it."""

    template_name = "egecms_twofactor/account.html"
    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            has_device=devices.has_device(user),
            required=policy.requires_two_factor(user),
            recovery_codes_left=devices.remaining_recovery_codes(user),
            **kwargs,
        )

    def post(self, request):
        user = request.user
        action = request.POST.get("action")
        if action == "recovery-codes" and devices.has_device(user):
            return TemplateResponse(
                request,
                "egecms_twofactor/recovery_codes.html",
                {"codes": devices.issue_recovery_codes(user), "next": reverse("wagtailadmin_home")},
            )
        if action == "turn-off" and not policy.requires_two_factor(user):
            devices.reset_devices(user=user, by=user)
            messages.success(request, _("Two-factor authentication is off."))
        return redirect("egecms_twofactor:account")


class ResetView(WagtailAdminTemplateMixin, TemplateView):
    """Removes another user's second factors (a lost phone), after a confirmation: for
    superusers and the editorial board (``policy.may_reset``); logged in the audit log."""

    template_name = "egecms_twofactor/reset.html"
    page_title = gettext_lazy("Reset two-factor authentication")
    header_icon = "key"

    def dispatch(self, request, user_id):
        self.target = get_object_or_404(get_user_model(), pk=user_id)
        if not policy.may_reset(request.user, self.target):
            raise PermissionDenied
        return super().dispatch(request)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            target=self.target,
            has_device=devices.has_device(self.target),
            back_url=self.back_url(),
            **kwargs,
        )

    def back_url(self):
        if self.request.user.has_perm("auth.change_user"):
            return reverse("wagtailusers_users:index")
        return reverse("wagtailadmin_home")

    def post(self, request):
        devices.reset_devices(user=self.target, by=request.user)
        messages.success(
            request,
            _("Two-factor authentication reset for %(user)s.")
            % {"user": self.target.get_username()},
        )
        return redirect(self.back_url())
