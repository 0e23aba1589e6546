"""Two-factor authentication for the admin: who must use it, setting it up, codes at each
sign-in, recovery codes, resets. Enforcement is off in the test settings (so the permission
matrix and every force_login test reach the admin as before); the ``enforced`` fixture puts
it on, as production has it."""

import time
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from egecms.twofactor import devices, policy
from egecms.workspaces import roles

ACCOUNT = reverse("egecms_twofactor:account")
SETUP = reverse("egecms_twofactor:setup")
VERIFY = reverse("egecms_twofactor:verify")


@pytest.fixture
def enforced(settings):
    settings.EGECMS = {**settings.EGECMS, "TWO_FACTOR_ENFORCED": True}


def admin_user(username, *group_names):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    access_admin = Permission.objects.get(codename="access_admin")
    for name in group_names:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        user.groups.add(group)
    return user


def app_code(device, steps_ahead=0):
    """The code the user's app shows now (or ``steps_ahead`` periods later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device):
    valid = {app_code(device, steps) for steps in (-1, 0, 1, 2)}
    return next(code for code in ("000000", "111111", "222222") if code not in valid)


def with_device(user):
    device = TOTPDevice.objects.create(user=user, name=devices.APP_DEVICE_NAME)
    return device, devices.issue_recovery_codes(user)


def test_the_default_groups_are_the_ones_provisioning_creates():
    required = policy.DEFAULT_REQUIRED_GROUPS
    undesa = SimpleNamespace(acronym="UN DESA")
    assert policy.group_requires_two_factor(roles.EDITORIAL_BOARD, required)
    assert policy.group_requires_two_factor(roles.program_managers_group(undesa), required)
    for name in (roles.editors_group(undesa), roles.translators_group("pt")):
        assert not policy.group_requires_two_factor(name, required)


def test_a_board_member_sets_up_then_gives_a_code_at_each_sign_in(client, db, enforced):
    board = admin_user("board", roles.EDITORIAL_BOARD)
    client.force_login(board)

    response = client.get(ACCOUNT)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{SETUP}?next=")

    page = client.get(SETUP).content.decode()
    device = TOTPDevice.objects.get(user=board, confirmed=False)
    assert "<svg" in page and "<?xml" not in page and devices.secret_text(device) in page
    assert client.get(SETUP).content.decode().count(devices.secret_text(device)) == 1  # same key

    response = client.post(SETUP, {"code": app_code(device), "next": ACCOUNT})
    codes = response.context["codes"]
    assert len(codes) == 10 and all(code in response.content.decode() for code in codes)
    assert client.get(ACCOUNT).status_code == 200
    assert ModelLogEntry.objects.filter(action="egecms_twofactor.enable").exists()

    client.logout()  # then Wagtail's own sign-in form, untouched
    login = {"username": "board", "password": "pw", "next": ACCOUNT}
    assert client.post(reverse("wagtailadmin_login"), login)["Location"] == ACCOUNT
    assert client.get(ACCOUNT)["Location"] == f"{VERIFY}?next={ACCOUNT.replace('/', '%2F')}"
    assert client.get(reverse("wagtailadmin_home"))["Location"].startswith(VERIFY)
    response = client.post(VERIFY, {"code": app_code(device, 1), "next": "https://evil.example/"})
    assert response["Location"] == reverse("wagtailadmin_home")  # never off-site
    assert client.get(ACCOUNT).status_code == 200


def test_a_wrong_code_is_refused_with_a_message_in_the_users_language(client, db, enforced):
    user = admin_user("pm", "IDB program managers")
    UserProfile.objects.create(user=user, preferred_language="es")
    device, _ = with_device(user)
    client.force_login(user)

    response = client.post(VERIFY, {"code": wrong_code(device), "next": ACCOUNT})
    assert response.status_code == 200
    assert "Ese código no es válido" in response.content.decode()
    assert client.get(ACCOUNT).status_code == 302


def test_a_recovery_code_works_once(client, db, enforced):
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    _, codes = with_device(superuser)
    client.force_login(superuser)

    response = client.post(VERIFY, {"code": codes[0], "next": ACCOUNT})
    assert response["Location"] == ACCOUNT
    assert client.get(reverse("admin:index")).status_code == 200  # Django's admin too
    assert StaticToken.objects.filter(device__user=superuser).count() == 9

    client.logout()
    client.force_login(superuser)
    response = client.post(VERIFY, {"code": codes[0], "next": ACCOUNT})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get(reverse("admin:index"))["Location"].startswith(VERIFY)


def test_a_user_outside_the_groups_is_not_forced_but_may_opt_in(client, db, enforced):
    editor = admin_user("editor", roles.editors_group(SimpleNamespace(acronym="IDB")))
    client.force_login(editor)
    assert client.get(ACCOUNT).status_code == 200

    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    client.post(SETUP, {"code": app_code(device)})
    client.logout()
    client.force_login(editor)
    assert client.get(ACCOUNT)["Location"].startswith(VERIFY)  # once set up, always asked


def test_a_superuser_without_a_device_is_sent_to_set_one_up(client, db, enforced):
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(superuser)
    assert client.get(reverse("admin:index"))["Location"].startswith(SETUP)
    assert client.get(VERIFY)["Location"].startswith(SETUP)  # nothing to verify with yet


def test_reset_two_factor_removes_the_devices_and_is_logged(db, capsys):
    board = admin_user("board", roles.EDITORIAL_BOARD)
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    with_device(board)

    call_command("reset_two_factor", "board", "--by", "admin")

    assert not devices.has_device(board)
    entry = ModelLogEntry.objects.get(action="egecms_twofactor.reset")
    assert (entry.object_id, entry.user_id) == (str(board.pk), admin.pk)
    assert "2 two-factor devices removed" in capsys.readouterr().out


def test_the_admin_user_forms_apply_the_password_validators(client, db):
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(superuser)
    data = {
        "username": "newcomer",
        "email": "newcomer@example.org",
        "first_name": "New",
        "last_name": "Comer",
        "password1": "12345678",
        "password2": "12345678",
    }
    response = client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["password2"])
    assert "too common" in errors and "entirely numeric" in errors
    assert not get_user_model().objects.filter(username="newcomer").exists()
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reverse("egecms_twofactor:reset", args=[superuser.pk]) in listing


def test_the_board_resets_a_lost_phone_from_the_admin_but_not_a_superusers(client, db):
    board = admin_user("board", roles.EDITORIAL_BOARD)
    manager = admin_user("pm", "IDB program managers")
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    for user in (board, manager, superuser):
        with_device(user)
    client.force_login(board)
    url = reverse("egecms_twofactor:reset", args=[manager.pk])

    assert "pm" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    assert not devices.has_device(manager)
    assert ModelLogEntry.objects.get(action="egecms_twofactor.reset").user_id == board.pk

    # Refused (Wagtail answers the admin's PermissionDenied with a redirect and a message).
    client.post(reverse("egecms_twofactor:reset", args=[superuser.pk]))
    client.force_login(manager)
    client.post(reverse("egecms_twofactor:reset", args=[board.pk]))
    assert devices.has_device(superuser) and devices.has_device(board)
