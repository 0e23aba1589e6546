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


@pytest.mark.parametrize("url", ["/admin/login/", "/en/_util/login/"])
def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(client, user, url, settings):
    """Without TRUSTED_PROXY_COUNT a client cannot escape the lockout by sending a new
    X-Forwarded-For with each try: the connecting address is the one counted."""
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 0}
    for number in range(LIMIT):
        response = client.post(
            url,
            {"username": "officer", "password": "wrong"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}


def test_behind_a_configured_proxy_each_forwarded_client_is_counted_apart(client, user, settings):
    """Behind TRUSTED_PROXY_COUNT=1 every reader arrives from the proxy's address: the lockout
    is the forwarded client's, not everybody's."""
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 1}

    def through_proxy(client_address, password):
        return client.post(
            "/admin/login/",
            {"username": "officer", "password": password},
            REMOTE_ADDR="10.0.0.1",
            # What the client sent first (forgeable), then what the proxy appended.
            HTTP_X_FORWARDED_FOR=f"192.0.2.99, {client_address}",
        )

    for _ in range(LIMIT):
        response = through_proxy("198.51.100.1", "wrong")
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.1"}
    assert through_proxy("198.51.100.1", PASSWORD).status_code == 429
    assert through_proxy("198.51.100.2", PASSWORD).status_code == 302
