"""The clusters app's part of the demo: clusters, issue areas and practices."""

import datetime

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..data import workspaces_description
from ..loader import paragraphs_html

LABEL = _("Clusters, issue areas and practices")
ORDER = 20
REQUIRES = ("clusters",)

BODY_SECTIONS = ("problem", "approach", "results", "lessons")


def practice_body(data, language):
    return [(section, paragraphs_html(data[section][language])) for section in BODY_SECTIONS]


def load(loader):
    model = apps.get_app_config("clusters").get_model
    spaces, practices = load_data("spaces"), load_data("practices")
    indexes = {}
    for model_name, texts in (
        ("ClusterIndexPage", spaces["cluster_index"]),
        ("IssueAreaIndexPage", spaces["issue_area_index"]),
        ("PracticeLibraryPage", practices["library"]),
    ):
        indexes[model_name] = loader.ensure_page(
            parent=loader.topic_page,
            page=model(model_name)(
                title=texts["title"]["en"],
                slug=texts["slug"],
                intro=texts["intro"]["en"],
                show_in_menus=True,
            ),
            language="en",
            translatable=[texts["title"], texts["intro"]],
            label=texts["title"]["en"],
        )
    # Who leads and who is a member: workspaces.yaml's, never repeated in the demo's data.
    described = {(spec.kind, spec.slug): spec for spec in workspaces_description().workspaces}
    workspaces = {}
    for data in spaces["clusters"]:
        spec = described[("cluster", data["slug"])]
        workspaces[data["slug"]] = loader.ensure_page(
            parent=indexes["ClusterIndexPage"],
            page=model("ClusterPage")(
                title=data["title"]["en"],
                slug=data["slug"],
                summary=data["summary"]["en"],
                purpose=paragraphs_html(data["purpose"]["en"]),
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["purpose"]],
            label=f"Cluster {data['slug']}",
            before_save=lambda page, spec=spec: loader.relate(
                page, lead_agencies=spec.leads, member_agencies=spec.members
            ),
        )
    for data in spaces["issue_areas"]:
        spec = described[("issue_area", data["slug"])]
        workspaces[data["slug"]] = loader.ensure_page(
            parent=indexes["IssueAreaIndexPage"],
            page=model("IssueAreaPage")(
                title=data["title"]["en"],
                slug=data["slug"],
                summary=data["summary"]["en"],
                purpose=paragraphs_html(data["purpose"]["en"]),
                cluster=workspaces[data["cluster"]],
                countries=data["countries"],
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["purpose"]],
            label=f"Issue area {data['slug']}",
            before_save=lambda page, spec=spec: loader.relate(page, lead_agencies=spec.leads),
        )
    for data in practices["practices"]:
        language = data["source_locale"]
        links = [
            ("link", {"url": link["url"], "title": link["title"][language]})
            for link in data["links"]
        ]
        loader.ensure_page(
            parent=workspaces[data["workspace"]],
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
