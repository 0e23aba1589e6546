"""Requests for assistance, as a country official and a robot meet them: the form in the
requester's language, bad input, floods, forged posts, the confirmation, the acknowledgement
e-mail and the private status link; and contact data that never shows in public."""

import re
import time
from smtplib import SMTPException
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils.html import escape
from wagtail.models import Locale, Page

from assistance import status_links
from assistance.models import AssistanceRequest, AssistanceRequestPage, RequestEvent
from assistance.ratelimit import RateLimit, client_address
from assistance.status_links import make_status_token
from assistance.submission import submit_request
from tests import factories
from tests.builders import ensure_locales, translate_tree

SCRIPT = '<script>alert("x")</script><b onmouseover="steal()">bold</b>'
REFERENCE = re.compile(r"AR-\d{4}-[0-9A-HJKMNP-TV-Z]{5}")
NAME = "Quetzalli Contacto-Privado"
EMAIL = "quetzalli.privado@ministerio.example"


@pytest.fixture
def topics(db):
    identity = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    factories.TopicFactory(name="Open data", slug="open-data")
    return {"identity": identity}


@pytest.fixture
def request_page(site_tree_en, topics):
    page = AssistanceRequestPage(
        title="Request assistance",
        slug="request-assistance",
        intro="<p>Tell the agencies what you need.</p>",
        privacy_notice="<p>Your contact details are seen by program managers only.</p>",
    )
    site_tree_en.topic.add_child(instance=page)
    page.save_revision().publish()
    return AssistanceRequestPage.objects.get(pk=page.pk)


@pytest.fixture
def spanish_page(request_page):
    translate_tree(request_page, ensure_locales())
    return request_page.get_translation(Locale.objects.get(language_code="es"))


def valid_data(topics, **overrides):
    data = {
        "country": "PE",
        "institution": "Secretaría de Gobierno Digital",
        "contact_name": NAME,
        "email": EMAIL,
        "need": "We want to set up a national digital identity.",
        "topics": [str(topics["identity"].pk)],
        "urgency": "medium",
        "modality": "training",
        "preferred_language": "en",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def post(client, page, data, **extra):
    return client.post(page.url, data, **extra)


def thanks_reference(response):
    assert response.status_code == 302, response.status_code
    match = REFERENCE.search(response["Location"])
    assert match, response["Location"]
    return match.group()


# -- the form -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_form_shows_every_field_and_the_privacy_notice(client, request_page):
    response = client.get(request_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    for name in ("country", "institution", "contact_name", "email", "need", "topics"):
        assert f'name="{name}"' in html
    for name in ("urgency", "modality", "preferred_language", "consent", "csrfmiddlewaretoken"):
        assert f'name="{name}"' in html
    assert "Digital identity" in html
    assert "Peru" in html
    assert "Your contact details are seen by program managers only." in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_search_engines_may_index_the_empty_form_but_not_what_a_visitor_typed(client, request_page):
    """Lighthouse's SEO audit: the form countries look for was blocked from indexing."""
    empty = client.get(request_page.url)
    assert "X-Robots-Tag" not in empty
    assert "noindex" not in empty.content.decode()
    assert "no-store" in empty["Cache-Control"]  # its CSRF token is this visitor's
    typed = client.post(request_page.url, {"institution": "Ministry", "consent": "on"})
    assert typed.status_code == 200
    assert "noindex" in typed["X-Robots-Tag"]


@pytest.mark.django_db
def test_the_honeypot_is_hidden_from_people_screen_readers_and_autofill(client, request_page):
    html = client.get(request_page.url).content.decode()
    trap = re.search(r'<div class="([^"]*)" aria-hidden="true">([^<]*<label.*?)</div>', html, re.S)
    assert trap, "the honeypot must sit in an aria-hidden wrapper"
    assert "visually-hidden" in trap.group(1).split()
    field = re.search(r'<input[^>]*name="website"[^>]*>', trap.group(2)).group()
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert html.count('name="website"') == 1


@pytest.mark.django_db
def test_a_spanish_reader_gets_the_form_and_its_messages_in_spanish(client, spanish_page):
    response = post(client, spanish_page, {"consent": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="es"' in html
    form = response.context["form"]
    required = ["country", "institution", "contact_name", "email", "need", "preferred_language"]
    for name in [*required, "urgency"]:
        assert form.errors[name] == ["Este campo es necesario."], name
    assert "consent" in form.errors
    assert html.count("Este campo es necesario.") >= len(required)
    assert "Perú" in html  # the country list, named in Spanish
    assert AssistanceRequest.objects.count() == 0


@pytest.mark.django_db
def test_a_need_over_5000_characters_is_refused_and_nothing_is_saved(client, request_page, topics):
    response = post(client, request_page, valid_data(topics, need="x" * 5001))
    assert response.status_code == 200
    assert "at most 5000 characters (it has 5001)" in response.context["form"].errors["need"][0]
    assert AssistanceRequest.objects.count() == 0
    assert post(client, request_page, valid_data(topics, need="x" * 5000)).status_code == 302
    assert AssistanceRequest.objects.get().need == "x" * 5000


@pytest.mark.django_db
@pytest.mark.parametrize("field,limit", [("institution", 200), ("contact_name", 200)])
def test_over_long_short_fields_are_refused(client, request_page, topics, field, limit):
    response = post(client, request_page, valid_data(topics, **{field: "y" * (limit + 1)}))
    assert field in response.context["form"].errors
    assert AssistanceRequest.objects.count() == 0


@pytest.mark.django_db
def test_markup_in_every_field_is_refused_or_escaped_never_run(client, request_page, topics):
    fields = [
        "country", "institution", "contact_name", "email", "need", "topics", "urgency",
        "modality", "preferred_language",
    ]  # fmt: skip
    data = {name: SCRIPT for name in fields}
    response = post(client, request_page, {**data, "consent": "on"})
    html = response.content.decode()
    errors = response.context["form"].errors
    assert set(errors) == {
        "country",
        "email",
        "topics",
        "urgency",
        "modality",
        "preferred_language",
    }
    assert "<script>alert" not in html and 'onmouseover="steal' not in html
    assert escape(SCRIPT) in html  # typed text comes back, inert, for correction
    assert AssistanceRequest.objects.count() == 0


@pytest.mark.django_db
def test_markup_in_free_text_is_kept_as_typed_and_shown_escaped(client, request_page, topics):
    data = valid_data(topics, institution=SCRIPT, contact_name=SCRIPT, need=SCRIPT)
    reference = thanks_reference(post(client, request_page, data))
    saved = AssistanceRequest.objects.get(reference=reference)
    assert (saved.institution, saved.contact_name, saved.need) == (SCRIPT, SCRIPT, SCRIPT)

    message = mail.outbox[0]
    assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])
    assert "<script" not in message.body and "steal()" not in message.body
    assert "<" not in message.subject

    status_html = client.get(status_path(saved)).content.decode()
    assert "<script>alert" not in status_html
    assert escape(SCRIPT) in status_html


# -- robots, floods, forged posts ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_filled_honeypot_gets_the_usual_thanks_and_nothing_is_kept(client, request_page, topics):
    response = post(client, request_page, valid_data(topics, website="http://spam.example"))
    reference = thanks_reference(response)
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert reference in thanks.content.decode()
    assert AssistanceRequest.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_flood_from_one_client_is_refused_with_429_and_loses_nothing(
    client, spanish_page, topics, settings
):
    settings.EGECMS = {**settings.EGECMS, "ASSISTANCE_RATE_LIMIT": (3, 3600)}
    references = [
        thanks_reference(post(client, spanish_page, valid_data(topics, need=f"Need {n}")))
        for n in range(3)
    ]
    refused = post(client, spanish_page, valid_data(topics, need="One too many"))
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert '<html lang="es"' in refused.content.decode()
    assert post(client, spanish_page, {"consent": "on"}).status_code == 429  # even invalid ones
    kept = AssistanceRequest.objects.order_by("pk")
    assert [r.reference for r in kept] == references
    assert [r.need for r in kept] == ["Need 0", "Need 1", "Need 2"]
    assert len(mail.outbox) == 3

    another_client = post(client, spanish_page, valid_data(topics), REMOTE_ADDR="192.0.2.77")
    assert another_client.status_code == 302


@pytest.mark.django_db
def test_forwarded_for_headers_are_ignored_unless_proxies_are_trusted(
    client, request_page, topics, settings
):
    settings.EGECMS = {**settings.EGECMS, "ASSISTANCE_RATE_LIMIT": (1, 3600)}
    assert post(client, request_page, valid_data(topics), HTTP_X_FORWARDED_FOR="198.51.100.1")
    spoofed = post(client, request_page, valid_data(topics), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert spoofed.status_code == 429
    assert AssistanceRequest.objects.count() == 1


def test_the_client_address_behind_trusted_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8, 10.0.0.1")
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 0}
    assert client_address(request) == "10.0.0.2"
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 1}
    assert client_address(request) == "10.0.0.1"
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 2}
    assert client_address(request) == "5.6.7.8"  # 1.2.3.4 may be forged by the client
    settings.EGECMS = {**settings.EGECMS, "TRUSTED_PROXY_COUNT": 5}
    assert client_address(request) == "10.0.0.2"


@pytest.mark.django_db
def test_the_counter_opens_a_window_and_refuses_past_the_limit(rf):
    limit = RateLimit(scope="test", limit=2, window=60)
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    assert [limit.hit(request), limit.hit(request), limit.hit(request)] == [True, True, False]
    assert limit.is_exceeded(request)
    assert not limit.is_exceeded(rf.post("/", REMOTE_ADDR="203.0.113.10"))


@pytest.mark.django_db
def test_a_post_without_csrf_token_is_forbidden_and_nothing_is_saved(request_page, topics):
    browser = Client(enforce_csrf_checks=True)
    assert post(browser, request_page, valid_data(topics)).status_code == 403
    assert AssistanceRequest.objects.count() == 0
    # The same browser, with the token of the form it was shown, gets through.
    browser.get(request_page.url)
    token = browser.cookies["csrftoken"].value
    response = post(browser, request_page, valid_data(topics, csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert AssistanceRequest.objects.count() == 1


# -- confirmation, acknowledgement, history ------------------------------------------------------


@pytest.mark.django_db
def test_the_confirmation_shows_the_reference_to_the_browser_that_sent_it(
    client, request_page, topics
):
    response = post(client, request_page, valid_data(topics))
    reference = thanks_reference(response)
    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert reference in html
    assert EMAIL not in html and NAME not in html
    assert "no-store" in thanks["Cache-Control"]
    assert Client().get(response["Location"]).status_code == 404  # another browser


@pytest.mark.django_db
def test_a_submission_is_stored_with_its_first_history_entry(client, request_page, topics):
    reference = thanks_reference(post(client, request_page, valid_data(topics)))
    saved = AssistanceRequest.objects.get(reference=reference)
    assert saved.status == AssistanceRequest.Status.NEW
    assert saved.locale.language_code == "en"
    assert saved.page_id == request_page.pk
    assert saved.privacy_notice_revision_id == request_page.live_revision_id
    assert saved.consent_at is not None and saved.acknowledged_at is not None
    assert list(saved.topics.values_list("slug", flat=True)) == ["digital-identity"]
    assert [(e.kind, e.status) for e in saved.events.all()] == [("submitted", "new")]
    assert str(saved) == reference


@pytest.mark.django_db
def test_the_acknowledgement_is_in_the_preferred_language_with_reference_and_status_link(
    client, request_page, spanish_page, topics
):
    data = valid_data(topics, preferred_language="es")
    reference = thanks_reference(post(client, request_page, data))  # sent from the English form
    [message] = mail.outbox
    assert message.to == [EMAIL]
    assert reference in message.subject and reference in message.body
    assert "Perú" in message.body  # names in the requester's language
    link = re.search(r"https?://\S+", message.body).group()
    assert link.startswith(spanish_page.full_url)
    status = client.get(link)
    assert status.status_code == 200
    assert '<html lang="es"' in status.content.decode()
    assert reference in status.content.decode()


@pytest.mark.django_db
def test_a_failing_mail_server_loses_no_request(client, request_page, topics):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=SMTPException("down")):
        response = post(client, request_page, valid_data(topics))
    reference = thanks_reference(response)
    saved = AssistanceRequest.objects.get(reference=reference)
    assert saved.acknowledged_at is None
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_references_look_alike_and_differ(request_page, topics):
    references = {
        submit_request(**request_fields(topics), locale=request_page.locale).reference
        for _n in range(20)
    }
    assert len(references) == 20
    assert all(REFERENCE.fullmatch(reference) for reference in references)


# -- the private status link ----------------------------------------------------------------------


def request_fields(topics, **overrides):
    fields = {
        "country": "PE",
        "institution": "Ministerio",
        "contact_name": NAME,
        "email": EMAIL,
        "need": "A need",
        "urgency": "high",
        "preferred_language": "en",
        "topics": [topics["identity"]],
    }
    fields.update(overrides)
    return fields


def status_path(assistance_request, page=None):
    page = page or AssistanceRequestPage.objects.get(locale__language_code="en")
    token = make_status_token(assistance_request)
    return page.url + page.reverse_subpage("status", kwargs={"token": token})


@pytest.mark.django_db
def test_the_status_page_shows_the_request_and_its_history_but_no_contact_data(
    client, request_page, topics
):
    saved = submit_request(**request_fields(topics), locale=request_page.locale, page=request_page)
    RequestEvent.objects.create(
        request=saved, kind="note", status="new", note="Internal: call the vice-minister"
    )
    RequestEvent.objects.create(request=saved, kind="status_changed", status="triaged")
    AssistanceRequest.objects.filter(pk=saved.pk).update(status="triaged")
    response = client.get(status_path(saved))
    html = response.content.decode()
    assert response.status_code == 200
    assert saved.reference in html
    assert "Under review" in html and "Digital identity" in html and "Peru" in html
    assert "Request received" in html
    assert NAME not in html and EMAIL not in html
    assert "vice-minister" not in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"


@pytest.mark.django_db
def test_a_tampered_status_link_is_not_found(client, request_page, topics):
    saved = submit_request(**request_fields(topics), locale=request_page.locale)
    path = status_path(saved)
    token = path.rstrip("/").rsplit("/", 1)[1]
    flipped = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
    for bad in (flipped, token[:-5], "not-a-token", "A" * 40):
        bad_path = path.replace(token, bad)
        assert client.get(bad_path).status_code == 404, bad
    other = AssistanceRequest.objects.exclude(pk=saved.pk)
    assert not other.exists()


@pytest.mark.django_db
def test_an_expired_status_link_says_so(client, request_page, topics, settings):
    settings.EGECMS = {**settings.EGECMS, "ASSISTANCE_STATUS_LINK_DAYS": 30}
    saved = submit_request(**request_fields(topics), locale=request_page.locale)
    long_ago = time.time() - 31 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        old_token = status_links.make_status_token(saved)
    fresh = client.get(status_path(saved))
    page = request_page
    expired = client.get(page.url + page.reverse_subpage("status", kwargs={"token": old_token}))
    assert fresh.status_code == 200
    assert expired.status_code == 410
    assert "This link has expired" in expired.content.decode()
    assert saved.reference not in expired.content.decode()


# -- privacy -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_contact_data_never_appears_on_public_pages_sitemap_or_search(client, request_page, topics):
    submit_request(**request_fields(topics), locale=request_page.locale, page=request_page)
    urls = [page.url for page in Page.objects.live().specific() if page.url]
    assert request_page.url in urls and len(urls) > 10
    for url in [*urls, "/sitemap.xml"]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "Quetzalli" not in html and EMAIL not in html, url
    assert not Page.objects.live().search("Quetzalli")
    assert not Page.objects.live().search(EMAIL)


@pytest.mark.django_db
def test_the_form_page_loads_its_topics_in_a_fixed_number_of_queries(
    client, request_page, django_assert_max_num_queries
):
    client.get(request_page.url)  # warm up sessions, labels cache, site root
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(30) as few:
        client.get(request_page.url)
    for n in range(40):
        factories.TopicFactory(name=f"Extra topic {n}", slug=f"extra-topic-{n}")
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(request_page.url)
    assert "Extra topic 39" in response.content.decode()
