"""The board's counts (board and superusers only, no address shown) and each staff user's
choice of notifications in the admin's account settings."""

import pytest
from django.urls import reverse

from subscriptions.actions import record_bounce
from subscriptions.models import NotificationPreference

from .conftest import confirmed

pytestmark = pytest.mark.django_db


def test_the_board_sees_counts_per_language_and_filter_without_addresses(client, provisioned_site):
    people = provisioned_site["people"]
    confirmed(email="one@example.org", language="es", filters={"country": ["PE"]}, messages_sent=3)
    confirmed(email="two@example.org", language="es", filters={"country": ["PE", "BR"]})
    record_bounce("Two@example.org")  # what a mail backend reporting bounces calls
    unconfirmed = confirmed(email="three@example.org", language="fr")
    unconfirmed.confirmed_at = None
    unconfirmed.save()
    client.force_login(people["board"])
    response = client.get(reverse("subscriptions_admin:counts"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "example.org" not in body
    assert "<td>Español</td><td>2</td><td>0</td>" in body
    assert "<td>Français</td><td>0</td><td>1</td>" in body
    # The board member reads Portuguese: filter names in Portuguese.
    assert "<td>País</td><td>Peru</td><td>2</td>" in body
    assert "<td>País</td><td>Brasil</td><td>1</td>" in body
    assert "3 mensagens enviadas" in body and "1 devolução" in body


@pytest.mark.parametrize("who", ["idb", "translator_es"])
def test_nobody_else_sees_the_counts(client, provisioned_site, who):
    client.force_login(provisioned_site["people"][who])
    assert client.get(reverse("subscriptions_admin:counts")).status_code in (302, 403)


def test_a_staff_user_chooses_per_kind_in_the_account_settings(client, provisioned_site):
    user = provisioned_site["people"]["idb"]
    client.force_login(user)
    account = reverse("wagtailadmin_account")
    assert "staff_notifications-sign_off" in client.get(account).content.decode()
    response = client.post(
        account,
        {
            "staff_notifications-sign_off": "daily",
            "staff_notifications-translation": "none",
            "staff_notifications-request": "now",
            "staff_notifications-stale": "now",
            # Wagtail's own panels, as they are.
            "locale-preferred_language": "es",
            "locale-current_time_zone": "",
            "name_email-first_name": "Ida",
            "name_email-last_name": "B",
            "name_email-email": user.email,
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert dict(NotificationPreference.objects.filter(user=user).values_list("kind", "choice")) == {
        "sign_off": "daily",
        "translation": "none",
        "request": "now",
        "stale": "now",
    }
