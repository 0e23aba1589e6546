"""The demo's requests for assistance: the form page in four languages, and a few requests
from countries at different steps of their follow-up (fictional people and addresses)."""

from django.contrib.auth import get_user_model

from egecms.core.demo.loader import paragraphs_html
from egecms.demo.data import load as load_data

from .models import AssistanceRequest, AssistanceRequestPage
from .requests.submission import submit_request
from .requests.workflow import add_note, change_status

DEMO_DOMAIN = "ministry.example"


def load(loader):
    content = load_data("requests")
    texts = content["page"]
    page = loader.ensure_page(
        parent=loader.topic_page,
        page=AssistanceRequestPage(
            title=texts["title"]["en"],
            slug="request-assistance",
            intro=paragraphs_html(texts["intro"]["en"]),
            privacy_notice=paragraphs_html(texts["privacy_notice"]["en"]),
            show_in_menus=True,
        ),
        language="en",
        translatable=[texts["title"], texts["intro"], texts["privacy_notice"]],
        label=texts["title"]["en"],
    )
    if AssistanceRequest.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        loader.step("Requests for assistance", created=False)
        return
    users = get_user_model().objects.in_bulk(field_name="username")
    for number, data in enumerate(content["requests"], start=1):
        locale_page = page.get_translation(loader.locales[data["language"]])
        assistance_request = submit_request(
            country=data["country"],
            institution=data["institution"],
            contact_name=data["contact_name"],
            email=f"requester{number}@{DEMO_DOMAIN}",
            need=data["need"],
            urgency=data["urgency"],
            modality=data["modality"],
            preferred_language=data["language"],
            topics=loader.topics(data["topics"]),
            locale=locale_page.locale,
            page=locale_page,
        )
        for step in data["steps"]:
            agency = None
            if step["status"] == "assigned":
                agency = loader.agency(step["by"].removeprefix("pm-").upper())
            change_status(
                assistance_request,
                step["status"],
                by=users.get(step["by"]),
                note=step["note"],
                agency=agency,
            )
        for note in data["notes"]:
            add_note(assistance_request, note["text"], by=users.get(note["by"]))
        loader.step(f"Request for assistance from {data['country']}", created=True)
