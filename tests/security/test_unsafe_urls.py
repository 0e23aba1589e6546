"""``javascript:``, ``data:`` and ``vbscript:`` addresses are refused at save, with a message
in the editor's language, in every URL field, URL block and rich-text link; an iCal import
leaves them out and says so in its report."""

import json

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import RichTextBlock, URLBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from egecms.core.models import Agency
from egecms.core.safe_urls import (
    unsafe_links,
    unsafe_scheme,
    validate_rich_text_links,
    validate_safe_url,
)
from events.ical.importing import parse_feed
from tests.form_data import edit_form_data, form_data

SPANISH_MESSAGE = "No se admiten direcciones que empiezan por “javascript:”"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "jav\tascript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "VBScript:msgbox(1)",
    ],
)
def test_addresses_that_run_code_are_recognised_however_they_are_written(url):
    assert unsafe_scheme(url) in {"javascript", "data", "vbscript"}
    with pytest.raises(ValidationError):
        validate_safe_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://example.org/javascript:x", "http://a.example/?q=data:", "mailto:a@example.org", ""],
)
def test_ordinary_addresses_pass(url):
    assert unsafe_scheme(url) is None
    validate_safe_url(url)


def test_rich_text_links_are_checked_and_other_text_is_not():
    html = '<p>javascript: is a word here <a href="https://example.org">ok</a></p>'
    assert unsafe_links(html) == []
    validate_rich_text_links(html)
    with pytest.raises(ValidationError):
        validate_rich_text_links('<p><a href="JAVASCRIPT:alert(1)">x</a></p>')


def _rich_text_blocks(block):
    for child in getattr(block, "child_blocks", {}).values():
        yield child
        yield from _rich_text_blocks(child)
    if getattr(block, "child_block", None) is not None:
        yield block.child_block
        yield from _rich_text_blocks(block.child_block)


def test_every_url_and_rich_text_field_of_the_platform_refuses_unsafe_addresses():
    """A field added later without the validators fails here (Wagtail's own apps excepted)."""
    unchecked = []
    ours = {"egecms", "agencies", "assistance", "clusters", "events", "practices", "services"}
    for model in apps.get_models():
        if model.__module__.split(".")[0] not in ours:
            continue
        for field in model._meta.concrete_fields:
            name = f"{model.__name__}.{field.name}"
            if isinstance(field, RichTextField):
                if validate_rich_text_links not in field.validators:
                    unchecked.append(name)
            elif (
                field.get_internal_type() == "CharField" and field.__class__.__name__ == "URLField"
            ):
                if validate_safe_url not in field.validators:
                    unchecked.append(name)
            elif isinstance(field, StreamField):
                for block in _rich_text_blocks(field.stream_block):
                    wanted = {RichTextBlock: validate_rich_text_links, URLBlock: validate_safe_url}
                    check = wanted.get(type(block))
                    if check and check not in block.field.validators:
                        unchecked.append(f"{name}: {block.name}")
    assert not unchecked


def _edit(client, page, **changes):
    """The editor's answer to saving ``page`` with ``changes``: a form again, nothing saved."""
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), edit_form_data(page, **changes)
    )
    assert response.status_code == 200, "saved"
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    return response


@pytest.mark.django_db
def test_the_page_editor_refuses_unsafe_urls_links_and_rich_text_links_in_spanish(
    client, spanish_editor, site_tree_en
):
    event = site_tree_en.pages["event"]
    refused = _edit(client, event, registration_url="javascript:alert(1)")
    assert SPANISH_MESSAGE in refused.content.decode()
    refused = _edit(client, event, online_url="vbscript:msgbox(1)")
    assert "“vbscript:”" in refused.content.decode()
    link = '<p>See <a href="javascript:alert(document.cookie)">the programme</a></p>'
    refused = _edit(client, event, description=rich_text(link))
    assert SPANISH_MESSAGE in refused.content.decode()

    practice = site_tree_en.pages["practice"]
    links = streamfield(
        [("link", {"url": "data:text/html,<script>alert(1)</script>", "title": "x"})]
    )
    refused = _edit(client, practice, **nested_form_data({"links": links}))
    # StreamField errors reach the page as JSON for the editor's script.
    (error,) = refused.context["form"].errors["links"].as_data()
    with translation.override("es"):
        messages = json.dumps(error.as_json_data(), ensure_ascii=False)
    assert "No se admiten direcciones que empiezan por “data:”" in messages


@pytest.mark.django_db
def test_the_agency_snippet_refuses_a_javascript_website(client, spanish_editor, site_tree_en):
    agency = Agency.objects.filter(locale__language_code="en").first()
    url = reverse(f"wagtailsnippets_{Agency._meta.app_label}_agency:edit", args=(agency.pk,))
    form = client.get(url).context["form"]
    data = form_data(form)
    data["website"] = "javascript:alert(1)"
    response = client.post(url, data)
    assert response.status_code == 200
    assert SPANISH_MESSAGE in response.content.decode()
    agency.refresh_from_db()
    assert not agency.website.startswith("javascript")


def test_an_ical_import_leaves_unsafe_addresses_out_and_reports_them():
    feed = parse_feed(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n"
        b"SUMMARY:Webinar\r\nDTSTART:20270302T090000Z\r\nDTEND:20270302T100000Z\r\n"
        b"URL:javascript:alert(1)\r\nLOCATION:data:text/html,<b>x</b>\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = feed.events
    assert (event.registration_url, event.online_url) == ("", "")
    warnings = "\n".join(feed.warnings)
    assert "its URL (a “javascript:” address) was left out." in warnings
    assert "its LOCATION (a “data:” address) was left out." in warnings
