"""The practices app's part of the demo: the practice library and the practices, each in the
work space (a cluster, an issue area) that shares it."""

import datetime

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Practices")
ORDER = 21
REQUIRES = ("practices",)

BODY_SECTIONS = ("problem", "approach", "results", "lessons")


def practice_body(data, language):
    return [(section, paragraphs_html(data[section][language])) for section in BODY_SECTIONS]


def load(loader):
    model = apps.get_app_config("practices").get_model
    content = load_data("practices")
    loader.ensure_section(model("PracticeLibraryPage"), texts=content["library"])
    for data in content["practices"]:
        workspace = loader.workspace(data["workspace"])
        if workspace is None:  # its work space's app is not installed
            continue
        language = data["source_locale"]
        links = [
            ("link", {"url": link["url"], "title": link["title"][language]})
            for link in data["links"]
        ]
        loader.ensure_page(
            parent=workspace,
            page=model("PracticePage")(
                title=data["title"][language],
                slug=data["slug"],
                summary=data["summary"][language],
                date=datetime.date.fromisoformat(data["date"]),
                outcome=data["outcome"],
                countries=data["countries"],
                year=data["year"],
                body=practice_body(data, language),
                links=links,
            ),
            language=language,
            translatable=[
                data["title"],
                data["summary"],
                *(data[section] for section in BODY_SECTIONS),
                *(link["title"] for link in data["links"]),
            ],
            label=f"Practice {data['slug']}",
            before_save=lambda page, data=data: loader.relate(
                page, agencies=data["agencies"], topics=data["topics"]
            ),
        )
