"""The user's second factors, on django-otp's models: one authenticator app (a TOTP device)
and one set of single-use recovery codes (a static device)."""

from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def has_device(user):
    """Whether ``user`` has a confirmed second factor."""
    return django_otp.user_has_device(user, confirmed=True)


def pending_app_device(user):
    """The authenticator app being set up (unconfirmed), made on first use and kept across
    reloads so that the secret the user scanned stays the one checked."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device):
    """The device's secret as authenticator apps accept it typed in (base 32, in groups)."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device):
    """The device's ``otpauth://`` address as an inline SVG QR code (no image library)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")  # the <svg> element, no XML declaration


def recovery_code_count():
    return settings.EGECMS.get("TWO_FACTOR_RECOVERY_CODES", 10)


@transaction.atomic
def confirm_app_device(device, code):
    """Confirm the pending ``device`` with a code from the app; on success, replace the
    user's other devices and return their new recovery codes (shown once), else None."""
    if not device.verify_token(code):
        return None
    user = device.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = issue_recovery_codes(user)
    log(instance=user, action="egecms_twofactor.enable", user=user)
    return codes


@transaction.atomic
def issue_recovery_codes(user):
    """Replace ``user``'s recovery codes with new ones and return them (in clear, once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
    codes = [StaticToken.random_token() for _ in range(recovery_code_count())]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def verify_code(user, code):
    """The confirmed device of ``user`` that accepts ``code`` (a recovery code is used up),
    or None. Each device throttles its own failures (django-otp)."""
    code = "".join(code.split()).lower()
    for device in django_otp.devices_for_user(user, confirmed=True):
        if django_otp.verify_token(user, device.persistent_id, code):
            return device
    return None


def is_recovery_codes(device):
    return isinstance(device, StaticDevice)


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def reset_devices(*, user, by=None):
    """Remove every second factor of ``user`` (they set one up again at their next admin
    visit if they must), logged in Wagtail's audit log. Returns how many were removed."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        removed += model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
    log(instance=user, action="egecms_twofactor.reset", user=by)
    return removed
