"""Wrong page passwords (Wagtail's view restriction by password) are throttled per address,
like failed logins (django-axes; ``egecms/security/page_passwords.py``)."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

PASSWORD = "members-only-1"
LIMIT = 3

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("throttled")]


@pytest.fixture
def throttled():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=LIMIT):
        yield


@pytest.fixture
def restricted(site_tree_en):
    """The practice library, behind a password; the URL its form posts to."""
    page = site_tree_en.pages["practices"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page, f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def attempt(client, url, password, address="203.0.113.7", language="en"):
    return client.post(
        url.replace("/en/", f"/{language}/", 1),
        {"password": password, "return_url": "/en/practices/"},
        REMOTE_ADDR=address,
    )


def test_the_password_form_is_the_throttled_one(client, restricted):
    page, url = restricted
    form = client.get(page.url).content.decode()
    assert f'action="{url}"' in form


def test_wrong_passwords_lock_the_address_out_even_with_the_right_one(client, restricted):
    page, url = restricted
    for _ in range(LIMIT - 1):
        assert attempt(client, url, "guess").status_code == 200  # the form, with its error
    locked = attempt(client, url, "guess")
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    assert locked["Cache-Control"].startswith("max-age=0")

    refused = attempt(client, url, PASSWORD)
    assert refused.status_code == 429
    assert client.get(page.url).status_code == 200  # still the password form, not the page
    assert "password" in client.get(page.url).content.decode()

    # Counted in the database, beside failed logins; the typed password is not stored.
    stored = AccessAttempt.objects.get()
    assert stored.ip_address == "203.0.113.7"
    assert PASSWORD not in stored.post_data and "guess" not in stored.post_data

    # Another address still gets in with the right password.
    other = attempt(client, url, PASSWORD, address="198.51.100.9")
    assert other.status_code == 302
    assert other["Location"] == "/en/practices/"

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert attempt(client, url, PASSWORD).status_code == 302


def test_the_page_password_lockout_speaks_the_readers_language(client, restricted):
    _page, url = restricted
    for _ in range(LIMIT):
        response = attempt(client, url, "devine", language="fr")
    assert response.status_code == 429
    assert "Trop de mots de passe erronés" in response.content.decode()


def test_without_django_axes_the_form_works_as_wagtails(client, restricted):
    _page, url = restricted
    with override_settings(AXES_ENABLED=False):
        for _ in range(LIMIT + 2):
            assert attempt(client, url, "guess").status_code == 200
        assert attempt(client, url, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()
