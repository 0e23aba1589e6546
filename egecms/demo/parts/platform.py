"""The platform's part of the demo: the limited-access section and three internal documents."""

import datetime

from django.utils.translation import gettext_lazy as _

from egecms.platform.models import InternalDocumentPage, PlatformPage

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Inter-agency platform")
# Before the workspaces part, which puts the view restriction on the platform.
ORDER = 40
REQUIRES = ("egecms.platform",)


def load(loader):
    content = load_data("platform")
    texts = content["platform"]
    platform = loader.ensure_page(
        parent=loader.topic_page,
        page=PlatformPage(title=texts["title"]["en"], slug="platform", intro=texts["intro"]["en"]),
        language="en",
        translatable=[texts["title"], texts["intro"]],
        label=texts["title"]["en"],
    )
    for data in content["documents"]:
        loader.ensure_page(
            parent=platform,
            page=InternalDocumentPage(
                title=data["title"]["en"],
                slug=data["slug"],
                kind=data["kind"],
                date=datetime.date.fromisoformat(data["date"]),
                summary=data["summary"]["en"],
                body=paragraphs_html(data["body"]["en"]),
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["body"]],
            label=f"Internal document {data['slug']}",
        )
