"""Subscribing with double opt-in, managing, the one-click unsubscribe (RFC 8058), erasing
the address, the feed of the same filters, "subscribe to this search" — and none of these
pages ever kept by a cache."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from egecms.pagecache.rules import may_keep
from subscriptions import mailing
from subscriptions.models import Delivery, Subscription

from .conftest import confirmed, practice

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/(?:confirm|unsubscribe|manage)/[\w-]+/")


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"subscriptions:{name}", args=args)


def test_double_opt_in_sends_nothing_until_the_link_is_followed(client, tree):
    response = client.post(
        url("subscribe", language="es") + "?country=PE",
        {"email": "lectora@example.org", "language": "es", "frequency": "immediate", "country": ["PE"]},
    )  # fmt: skip
    assert response.status_code == 200
    subscription = Subscription.objects.get(email="lectora@example.org")
    assert subscription.filters == {"country": ["PE"]} and subscription.confirmed_at is None
    [confirmation] = mail.outbox
    assert confirmation.subject.startswith("Confirme su suscripción a ")
    assert "Perú" in confirmation.body
    practice(tree.pages["cluster"], "Before confirming", countries=["PE"])
    assert len(mail.outbox) == 1  # nothing before the confirmation
    confirm_url = LINK.search(confirmation.body).group(0)
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200  # a link scanner confirms nothing
    assert Subscription.objects.get(pk=subscription.pk).confirmed_at is None
    response = client.post("/" + path)
    assert response.status_code == 302
    assert Subscription.objects.get(pk=subscription.pk).confirmed_at is not None
    practice(tree.pages["cluster"], "After confirming", countries=["PE"])
    assert [message.to for message in mail.outbox[1:]] == [["lectora@example.org"]]
    assert "After confirming" in mail.outbox[1].body
    assert "Before confirming" not in mail.outbox[1].body


def test_subscribing_twice_unconfirmed_sends_one_confirmation(client, tree):
    data = {"email": "twice@example.org", "language": "en", "frequency": "weekly"}
    client.post(url("subscribe"), data)
    client.post(url("subscribe"), data)
    assert Subscription.objects.filter(email="twice@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_a_bad_address_is_refused_with_a_message(client, tree):
    response = client.post(
        url("subscribe"), {"email": "nope", "language": "en", "frequency": "daily"}
    )
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not Subscription.objects.exists()


def test_every_digest_carries_one_click_unsubscribe_and_the_manage_link(tree):
    subscription = confirmed()
    practice(tree.pages["cluster"], "Fresh")
    mailing.send_digest(subscription)
    [message] = mail.outbox
    unsubscribe = url("unsubscribe", subscription.token)
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert message.extra_headers["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url("manage", subscription.token) in message.body
    html = message.alternatives[0][0]
    assert url("manage", subscription.token) in html and unsubscribe in html


def test_one_click_unsubscribe_needs_no_csrf_token_and_a_get_changes_nothing(tree):
    subscription = confirmed()
    client = Client(enforce_csrf_checks=True)
    unsubscribe = url("unsubscribe", subscription.token)
    assert client.get(unsubscribe).status_code == 200
    assert Subscription.objects.get(pk=subscription.pk).unsubscribed_at is None
    response = client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscription.objects.get(pk=subscription.pk).unsubscribed_at is not None
    practice(tree.pages["cluster"], "Too late")
    assert not mailing.send_digest(Subscription.objects.get(pk=subscription.pk))
    assert mail.outbox == []


def test_an_unknown_token_is_not_found(client, tree):
    assert client.post(url("unsubscribe", "not-a-token")).status_code == 404
    assert client.get(url("manage", "not-a-token")).status_code == 404


def test_managing_changes_the_choices(client, tree):
    subscription = confirmed()
    response = client.post(
        url("manage", subscription.token),
        {"language": "fr", "frequency": "monthly", "country": ["BR"]},
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert (subscription.language, subscription.frequency, subscription.filters) == (
        "fr",
        "monthly",
        {"country": ["BR"]},
    )


def test_erasing_removes_the_address_and_what_was_sent(client, tree):
    subscription = confirmed(email="erase.me@example.org")
    other = confirmed(email="Erase.Me@example.org", frequency="weekly")
    confirmed(email="keep@example.org")
    practice(tree.pages["cluster"], "Sent")
    mailing.send_digest(subscription)
    assert Delivery.objects.filter(subscription=subscription).exists()
    assert client.post(url("erase", other.token)).status_code == 200
    assert list(Subscription.objects.values_list("email", flat=True)) == ["keep@example.org"]
    assert not Delivery.objects.exists()


def test_no_subscription_page_is_kept_by_a_cache(client, tree):
    subscription = confirmed()
    for address in (
        url("subscribe"),
        url("confirm", subscription.token),
        url("manage", subscription.token),
        url("unsubscribe", subscription.token),
        url("erase", subscription.token),
    ):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
        assert not may_keep(response.wsgi_request, response), address


def test_the_feed_lists_the_items_of_the_filters_in_the_readers_language(client, tree):
    practice(tree.pages["cluster"], "Peruvian practice", countries=["PE"])
    practice(tree.pages["cluster"], "Brazilian practice", countries=["BR"])
    response = client.get(url("feed", "rss", language="en") + "?country=PE")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Peruvian practice" in body and "Brazilian practice" not in body
    assert "/en/subscriptions/feed/rss/?country=PE" in body  # its own address
    atom = client.get(url("feed", "atom") + "?country=BR").content.decode()
    assert "Brazilian practice" in atom and "Peruvian practice" not in atom
    assert 'href="http://testserver/en/subscriptions/?country=BR" rel="alternate"' in atom


def test_subscribe_to_this_search_carries_the_search_filters(client, tree):
    from egecms.search.models import SearchPage

    search = SearchPage(title="Search", slug="search")
    tree.topic.add_child(instance=search)
    search.save_revision().publish()
    body = client.get(search.url, {"country": "PE", "q": "x"}).content.decode()
    assert f'href="{url("subscribe")}?country=PE"' in body
    form = client.get(url("subscribe") + "?country=PE").content.decode()
    assert 'value="PE" checked' in form or "checked" in form


def test_subscribe_to_a_listing_follows_its_type(client, tree):
    body = client.get(tree.pages["practices"].url).content.decode()
    assert f'href="{url("subscribe")}?type=practices.practicepage"' in body


def test_an_address_never_confirmed_is_forgotten_after_a_month(tree):
    import datetime

    from django.utils import timezone

    from subscriptions.actions import forget_unconfirmed

    old = Subscription.objects.create(email="old@example.org", language="en")
    Subscription.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    recent = Subscription.objects.create(email="recent@example.org", language="en")
    kept = confirmed(email="kept@example.org")
    Subscription.objects.filter(pk=kept.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=60)
    )
    assert forget_unconfirmed() == 1
    assert set(Subscription.objects.values_list("pk", flat=True)) == {recent.pk, kept.pk}


def test_subscribe_to_a_filtered_listing_carries_its_filters_as_the_searchs(client, tree):
    idb = tree.pages["agency_idb"]
    body = client.get(tree.pages["practices"].url, {"agency": "idb", "country": "PE"})
    assert (
        f'href="{url("subscribe")}?type=practices.practicepage&amp;agency={idb.pk}&amp;country=PE"'
        in body.content.decode()
    )


def test_an_address_gets_at_most_three_confirmations_a_day(client, tree):
    for frequency in ("daily", "weekly", "monthly", "immediate"):
        response = client.post(
            url("subscribe"),
            {"email": "victim@example.org", "language": "en", "frequency": frequency},
        )
    assert Subscription.objects.filter(email="victim@example.org").count() == 3
    assert len(mail.outbox) == 3
    assert "waiting for their confirmation" in response.content.decode()
