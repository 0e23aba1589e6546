"""The demo's requests for assistance: the form page in four languages, and a few requests
from countries at different steps of their follow-up (fictional people and addresses)."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Requests for assistance")
ORDER = 11
REQUIRES = ("assistance",)

DEMO_DOMAIN = "ministry.example"


def load(loader):
    assistance_request_model = apps.get_model("assistance", "AssistanceRequest")
    from assistance import submission, workflow  # installed: see REQUIRES

    content = load_data("requests")
    texts = content["page"]
    page = loader.ensure_page(
        parent=loader.topic_page,
        page=apps.get_model("assistance", "AssistanceRequestPage")(
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
    if assistance_request_model.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        loader.step("Requests for assistance", created=False)
        return
    users = get_user_model().objects.in_bulk(field_name="username")
    for number, data in enumerate(content["requests"], start=1):
        locale_page = page.get_translation(loader.locales[data["language"]])
        assistance_request = submission.submit_request(
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
            workflow.change_status(
                assistance_request,
                step["status"],
                by=users.get(step["by"]),
                note=step["note"],
                agency=agency,
            )
        for note in data["notes"]:
            workflow.add_note(assistance_request, note["text"], by=users.get(note["by"]))
        loader.step(f"Request for assistance from {data['country']}", created=True)
