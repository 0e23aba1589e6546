"""The platform's part of the demo: the limited-access section and three internal documents."""

import datetime

from egecms.core.demo.loader import paragraphs_html
from egecms.demo.data import load as load_data

from .models import InternalDocumentPage, PlatformPage


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
