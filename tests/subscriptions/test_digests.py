"""The digest rules (Joinup's): only published public items, never twice, grouped by type and
space, in the subscriber's language (else the original, its language named), no empty
digest, no resend when a translation is published later, no duplicate after a retry."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from subscriptions import mailing
from subscriptions.digests import build_digest
from subscriptions.models import Delivery, Subscription
from tests import factories

from .conftest import confirmed, practice, publish

pytestmark = pytest.mark.django_db


def titles(digest):
    return [item.title for item in digest.items]


def test_only_published_public_items_first_published_after_confirmation(tree):
    subscription = confirmed()
    cluster = tree.pages["cluster"]
    practice(cluster, "Public practice")
    draft = factories.PracticePageFactory(parent=cluster, title="Draft practice", live=False)
    draft.save_revision()
    private_space = factories.ClusterPageFactory(parent=tree.pages["clusters"], slug="private")
    PageViewRestriction.objects.create(page=private_space, restriction_type="login")
    practice(private_space, "Members-only practice")
    # The tree's own practice was published before the subscription: not new.
    assert titles(build_digest(subscription)) == ["Public practice"]


def test_a_page_restricted_after_publishing_is_never_sent(tree):
    subscription = confirmed()
    secret = practice(tree.pages["cluster"], "Soon restricted")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert titles(build_digest(subscription)) == []


def test_filters_choose_items_by_every_facet_given(tree):
    cluster = tree.pages["cluster"]
    idb = tree.pages["agency_idb"]
    both = confirmed(filters={"country": ["PE"], "agency": [str(idb.pk)]})
    either_country = confirmed(filters={"country": ["PE", "BR"]})
    practice(cluster, "Peru by IDB", countries=["PE"], agencies=[idb])
    practice(cluster, "Brazil by IDB", countries=["BR"], agencies=[idb])
    practice(cluster, "Peru, no agency", countries=["PE"])
    assert titles(build_digest(both)) == ["Peru by IDB"]
    assert sorted(titles(build_digest(either_country))) == [
        "Brazil by IDB",
        "Peru by IDB",
        "Peru, no agency",
    ]


def test_a_space_filter_follows_the_space_in_every_language(tree):
    subscription = confirmed(filters={"space": [str(tree.pages["cluster"].pk)]})
    practice(tree.get("cluster", "es"), "Práctica en español")
    practice(tree.pages["issue_area"], "Elsewhere")
    assert titles(build_digest(subscription)) == ["Práctica en español"]


def test_items_grouped_by_type_and_space(tree):
    subscription = confirmed()
    practice(tree.pages["cluster"], "Practice in the cluster")
    practice(tree.pages["issue_area"], "Practice in the issue area")
    publish(factories.EventPageFactory(parent=tree.pages["cluster"], title="Event in the cluster"))
    digest = build_digest(subscription)
    cluster_title, area_title = tree.pages["cluster"].title, tree.pages["issue_area"].title
    assert [(group.type_label, group.space_title, titles_of(group)) for group in digest.groups] == [
        ("Event", cluster_title, ["Event in the cluster"]),
        ("Practice", cluster_title, ["Practice in the cluster"]),
        ("Practice", area_title, ["Practice in the issue area"]),
    ]


def titles_of(group):
    return [item.title for item in group.items]


def test_the_subscribers_language_else_the_original_with_its_language_named(tree):
    subscription = confirmed(language="es")
    translated = practice(tree.pages["cluster"], "Translated practice")
    spanish = translated.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Práctica traducida"
    publish(spanish)
    practice(tree.pages["cluster"], "English only")
    items = {item.title: item.other_language for item in build_digest(subscription).items}
    assert items == {"Práctica traducida": "", "English only": "Inglés"}


def test_never_twice_and_a_later_translation_does_not_resend(tree):
    subscription = confirmed(language="es")
    original = practice(tree.pages["cluster"], "Sent once")
    assert mailing.send_digest(subscription).keys
    assert len(mail.outbox) == 1
    spanish = original.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title = "Enviada una vez"
    publish(spanish)
    assert not mailing.send_digest(subscription)
    assert len(mail.outbox) == 1


def test_a_translation_of_an_older_item_is_not_new(tree):
    subscription = confirmed(language="es")
    # The tree's practice was published before the subscription; its translation after.
    old = tree.pages["practice"]
    spanish = old.copy_for_translation(Locale.objects.get(language_code="es"))
    publish(spanish)
    assert titles(build_digest(subscription)) == []


def test_an_empty_digest_is_not_sent(tree):
    subscription = confirmed(filters={"country": ["UY"]})
    practice(tree.pages["cluster"], "Peru only", countries=["PE"])
    assert not mailing.send_digest(subscription)
    assert mail.outbox == []


def test_a_failed_send_is_retried_and_never_duplicated(tree):
    subscription = confirmed()
    practice(tree.pages["cluster"], "Worth telling")
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=OSError("mail server down"),
    ):
        with pytest.raises(OSError):
            mailing.send_digest(subscription)
    assert mail.outbox == [] and not Delivery.objects.filter(subscription=subscription).exists()
    mailing.send_digest(subscription)  # the retry
    mailing.send_digest(subscription)  # a retry too many
    assert [message.subject for message in mail.outbox] == [
        "e-Government — EgE Inter-Agency Task Force: 1 new item"
    ]
    subscription.refresh_from_db()
    assert subscription.messages_sent == 1


def test_unconfirmed_or_unsubscribed_hear_nothing(tree):
    unconfirmed = confirmed(email="new@example.org")
    unconfirmed.confirmed_at = None
    unconfirmed.save()
    gone = confirmed(email="gone@example.org", unsubscribed_at=timezone.now())
    practice(tree.pages["cluster"], "News")
    from subscriptions.tasks import send_digest

    send_digest.enqueue(unconfirmed.pk)
    send_digest.enqueue(gone.pk)
    assert mail.outbox == []


def test_immediate_subscribers_hear_as_items_are_published(tree):
    subscription = confirmed(frequency="immediate")
    practice(tree.pages["cluster"], "Just out")
    assert len(mail.outbox) == 1
    assert "Just out" in mail.outbox[0].body
    assert Delivery.objects.filter(subscription=subscription).count() == 1


def test_a_daily_digest_waits_a_day(tree):
    from subscriptions.schedule import due_subscriptions

    now = timezone.now()
    fresh = confirmed()
    sent_yesterday = confirmed(last_sent_at=now - datetime.timedelta(days=1))
    weekly = confirmed(frequency="weekly", last_sent_at=now - datetime.timedelta(days=2))
    due = set(due_subscriptions(now=now))
    assert sent_yesterday in due and fresh not in due and weekly not in due


def test_send_digests_dry_run_prints_what_would_go_out_and_sends_nothing(tree):
    import io

    from django.core.management import call_command

    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    subscription = confirmed(email="dry@example.org", language="es", filters={"country": ["MX"]})
    confirmed(email="nothing@example.org", filters={"country": ["UY"]})
    Subscription.objects.update(confirmed_at=two_days_ago)  # daily: due
    practice(tree.pages["cluster"], "Dry practice", countries=["MX"])
    output = io.StringIO()
    call_command("send_digests", "--dry-run", stdout=output)
    printed = output.getvalue()
    assert "dry@example.org [es, daily]" in printed
    assert "Dry practice (Inglés)" in printed
    assert "nothing@example.org" not in printed
    assert "1 digest(s) would go out." in printed
    assert mail.outbox == [] and not Delivery.objects.exists()
    call_command("send_digests", "--frequency", "daily", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[subscription.email]]
