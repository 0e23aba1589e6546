"""Failed logins are throttled on every login form (django-axes, egecms.settings.base)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import timezone

PASSWORD = "right-password-1"
LIMIT = 3
LOGIN_URLS = ["/admin/login/", "/django-admin/login/", "/en/_util/login/"]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("throttled"),
]


@pytest.fixture
def throttled():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=LIMIT):
        yield


@pytest.fixture
def user():
    return get_user_model().objects.create_user(
        "officer", password=PASSWORD, is_staff=True, is_superuser=True
    )


def attempt(client, url, password, address="203.0.113.7"):
    return client.post(url, {"username": "officer", "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_lockout_refuses_even_the_right_password_until_the_cool_off(client, user, url):
    for _ in range(LIMIT - 1):
        assert attempt(client, url, "wrong").status_code == 200  # the form, with its error
    locked = attempt(client, url, "wrong")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()

    refused = attempt(client, url, PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session

    # Another address may still log in as that user (the lockout is per username and address).
    assert attempt(client, url, PASSWORD, address="198.51.100.9").status_code == 302
    client.logout()

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert attempt(client, url, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_the_lockout_page_speaks_the_readers_language(client, user):
    for _ in range(LIMIT):
        response = client.post("/fr/_util/login/", {"username": "officer", "password": "wrong"})
    assert response.status_code == 429
    assert response["Cache-Control"].startswith("max-age=0")
    page = response.content.decode()
    assert "Trop d’échecs de connexion" in page
    assert "Veuillez réessayer dans 15 minutes" in page
