"""The clusters app's part of the demo: the clusters and the issue areas.

Who leads each one and who is a member is not demo data: ``workspaces.yaml`` says it, and the
workspaces part applies it (with who may publish) once the pages exist.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Clusters and issue areas")
ORDER = 20
REQUIRES = ("clusters",)


def load(loader):
    model = apps.get_app_config("clusters").get_model
    spaces = load_data("spaces")
    clusters = loader.ensure_section(model("ClusterIndexPage"), texts=spaces["cluster_index"])
    areas = loader.ensure_section(model("IssueAreaIndexPage"), texts=spaces["issue_area_index"])
    created = {}
    for data in spaces["clusters"]:
        created[data["slug"]] = loader.ensure_page(
            parent=clusters,
            page=model("ClusterPage")(
                title=data["title"]["en"],
                slug=data["slug"],
                summary=data["summary"]["en"],
                purpose=paragraphs_html(data["purpose"]["en"]),
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["purpose"]],
            label=f"Cluster {data['slug']}",
        )
    for data in spaces["issue_areas"]:
        loader.ensure_page(
            parent=areas,
            page=model("IssueAreaPage")(
                title=data["title"]["en"],
                slug=data["slug"],
                summary=data["summary"]["en"],
                purpose=paragraphs_html(data["purpose"]["en"]),
                cluster=created[data["cluster"]],
                countries=data["countries"],
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["purpose"]],
            label=f"Issue area {data['slug']}",
        )
