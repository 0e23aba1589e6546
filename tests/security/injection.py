"""Writing the payloads of :mod:`.payloads` into the demo as editors and requesters could:
every text, rich-text, StreamField and URL field of one live page of each type (then
published), the agencies' and topics' snippets, and a request for assistance whose e-mails are
kept. URL values the platform refuses at save (``javascript:``…) are left out, as the admin
would; they are counted."""

from dataclasses import dataclass, field

from django.apps import apps
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from assistance.models import AssistanceRequestPage
from assistance.submission import submit_request
from egecms.core.models import Agency, Topic
from practices.models import PracticePage

from .payloads import PAYLOADS, link_payloads, packed, rich_text_payloads

# Fields whose value is structure, not text a reader sees (Wagtail's, or checked by forms;
# an activity's request references must name existing requests, so a payload is refused).
_SKIPPED = {
    "slug",
    "url_path",
    "path",
    "draft_title",
    "recurrence",
    "timezone",
    "acronym",
    "request_references",
}


@dataclass
class Injected:
    """What was written: the pages, the request, its e-mails' HTML, and what was refused."""

    pages: list = field(default_factory=list)
    translations: list = field(default_factory=list)
    request: object = None
    emails: list = field(default_factory=list)
    refused_urls: int = 0
    fields: int = 0
    records: list = field(default_factory=list)


def _text_fields(model):
    for model_field in model._meta.concrete_fields:
        if model_field.name in _SKIPPED or not model_field.editable or model_field.choices:
            continue
        yield model_field


def inject_into(instance, injected, *, offset=0):
    """Every payload-bearing value ``instance``'s fields take (not saved)."""
    for index, model_field in enumerate(_text_fields(type(instance)), start=offset):
        if isinstance(model_field, models.URLField):
            candidates = [PAYLOADS[5], *link_payloads()]
            for candidate in candidates:
                try:
                    model_field.run_validators(candidate)
                except ValidationError:
                    injected.refused_urls += 1
                    continue
                setattr(instance, model_field.attname, candidate[: model_field.max_length])
                break
        elif isinstance(model_field, RichTextField):
            setattr(instance, model_field.attname, rich_text_payloads())
        elif isinstance(model_field, StreamField):
            setattr(instance, model_field.attname, _stream_payloads(model_field, injected))
        elif isinstance(model_field, models.CharField | models.TextField):
            # Kept distinct (names are unique), and still found by the filters that name it.
            prefix = str(getattr(instance, model_field.attname) or "")[:30]
            room = model_field.max_length and model_field.max_length - len(prefix) - 1
            value = f"{prefix} {packed(room, offset=index)}".strip()
            try:
                model_field.run_validators(value)
            except ValidationError:
                continue  # an e-mail address, a code: refused by the editor's form
            setattr(instance, model_field.attname, value)
        else:
            continue
        injected.fields += 1


def _stream_payloads(model_field, injected):
    """A rich-text block of payloads per rich-text child, a link per payload per link child."""
    values = []
    for name, block in model_field.stream_block.child_blocks.items():
        if type(block).__name__ == "RichTextBlock":
            values.append((name, RichText(rich_text_payloads())))
        elif "url" in getattr(block, "child_blocks", {}):
            values.extend((name, {"url": url, "title": packed(200)}) for url in link_payloads())
            injected.refused_urls += 1  # its javascript: address, refused by the URL block
    return values


def inject_everything(on_commit):
    """Payloads in one live English page of each type, the snippets and a request.

    ``on_commit`` is pytest-django's ``django_capture_on_commit_callbacks``: the request's
    e-mails leave when its transaction commits, which a test's never does."""
    injected = Injected()
    english = Locale.objects.get(language_code="en")
    for agency in Agency.objects.filter(locale=english):
        inject_into(agency, injected)
        agency.save()
    for topic in Topic.objects.filter(locale=english):
        inject_into(topic, injected)
        topic.save()
    seen = set()
    pages = Page.objects.live().public().filter(locale=english, depth__gt=2).order_by("path")
    for page in pages.specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        inject_into(page, injected, offset=len(seen))
        page.save_revision().publish()
        injected.pages.append(page)
    injected.records = _records_with_payloads(injected)
    practice = next(page for page in injected.pages if isinstance(page, PracticePage))
    injected.translations = list(practice.get_translations())
    sent_before = len(mail.outbox)
    with on_commit(execute=True):
        injected.request = _request_with_payloads(english)
    injected.emails = [
        content
        for message in mail.outbox[sent_before:]
        for content, mimetype in getattr(message, "alternatives", [])
        if mimetype == "text/html"
    ]
    return injected


#: Records that are not pages but reach an admin view, a members' page or a members' calendar
#: (app label, model): the first of each, when its app is installed.
RECORDS = (("coordination", "Mission"), ("governance", "Meeting"), ("governance", "Decision"))


def _records_with_payloads(injected):
    records = []
    for app_label, model_name in RECORDS:
        if not apps.is_installed(app_label):
            continue
        record = apps.get_model(app_label, model_name).objects.order_by("pk").first()
        if record is not None:
            inject_into(record, injected)
            record.save()
            records.append(record)
    return records


def _request_with_payloads(english):
    form_page = AssistanceRequestPage.objects.live().filter(locale=english).first()
    request = submit_request(
        country="PE",
        institution=packed(200),
        contact_name=packed(200),
        email="ministra@example.gob.pe",
        need=packed(),
        urgency="high",
        preferred_language="en",
        locale=english,
        topics=list(Topic.objects.filter(locale=english)[:2]),
        page=form_page,
    )
    return request
