"""The clusters app's part of the demo: clusters, issue areas and practices."""

import datetime

from egecms.core.demo.loader import paragraphs_html
from practices.models import PracticeLibraryPage, PracticePage

from .models import (
    ClusterIndexPage,
    ClusterPage,
    IssueAreaIndexPage,
    IssueAreaPage,
)
from .workspace_data import CLUSTERS, ISSUE_AREAS

SECTIONS = [
    (
        ClusterIndexPage,
        "clusters",
        {
            "title": {
                "en": "Clusters",
                "es": "Clústeres",
                "pt": "Clusters",
                "fr": "Groupes thématiques",
            },
            "intro": {
                "en": "The agencies' virtual work spaces, each led by the agencies with the most expertise in its area.",
                "es": "Los espacios de trabajo virtuales de las agencias, cada uno liderado por las agencias con más experiencia en su área.",
                "pt": "Os espaços de trabalho virtuais das agências, cada um liderado pelas agências com mais experiência na sua área.",
                "fr": "Les espaces de travail virtuels des agences, chacun dirigé par les agences les plus expertes dans son domaine.",
            },
        },
    ),
    (
        IssueAreaIndexPage,
        "issue-areas",
        {
            "title": {
                "en": "Issue areas",
                "es": "Áreas temáticas",
                "pt": "Áreas temáticas",
                "fr": "Domaines d'action",
            },
            "intro": {
                "en": "The work spaces the Task Force shares with the countries of Latin America and the Caribbean.",
                "es": "Los espacios de trabajo que el Grupo de Trabajo comparte con los países de América Latina y el Caribe.",
                "pt": "Os espaços de trabalho que a Força-Tarefa compartilha com os países da América Latina e do Caribe.",
                "fr": "Les espaces de travail que le Groupe de travail partage avec les pays d'Amérique latine et des Caraïbes.",
            },
        },
    ),
    (
        PracticeLibraryPage,
        "practices",
        {
            "title": {
                "en": "Practice library",
                "es": "Biblioteca de prácticas",
                "pt": "Biblioteca de práticas",
                "fr": "Bibliothèque de pratiques",
            },
            "intro": {
                "en": "Successful practices worth adapting, and unsuccessful ones worth avoiding, shared by the agencies.",
                "es": "Prácticas exitosas que vale la pena adaptar y prácticas fallidas que conviene evitar, compartidas por las agencias.",
                "pt": "Práticas bem-sucedidas que vale a pena adaptar e práticas malsucedidas que convém evitar, compartilhadas pelas agências.",
                "fr": "Des pratiques réussies à adapter et des pratiques infructueuses à éviter, partagées par les agences.",
            },
        },
    ),
]

BODY_SECTIONS = ("problem", "approach", "results", "lessons")


def practice_body(data, language):
    return [(section, paragraphs_html(data[section][language])) for section in BODY_SECTIONS]


def load(loader):
    from .demo_data import PRACTICES

    indexes = {}
    for model, slug, texts in SECTIONS:
        indexes[model] = loader.ensure_page(
            parent=loader.topic_page,
            page=model(
                title=texts["title"]["en"],
                slug=slug,
                intro=texts["intro"]["en"],
                show_in_menus=True,
            ),
            language="en",
            translatable=[texts["title"], texts["intro"]],
            label=texts["title"]["en"],
        )
    workspaces = {}
    for data in CLUSTERS:
        workspaces[data["slug"]] = loader.ensure_page(
            parent=indexes[ClusterIndexPage],
            page=ClusterPage(
                title=data["title"]["en"],
                slug=data["slug"],
                summary=data["summary"]["en"],
                purpose=paragraphs_html(data["purpose"]["en"]),
            ),
            language="en",
            translatable=[data["title"], data["summary"], data["purpose"]],
            label=f"Cluster {data['slug']}",
        )
    for data in ISSUE_AREAS:
        workspaces[data["slug"]] = loader.ensure_page(
            parent=indexes[IssueAreaIndexPage],
            page=IssueAreaPage(
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
        )
    for data in PRACTICES:
        language = data["source_locale"]
        links = [
            ("link", {"url": link["url"], "title": link["title"][language]})
            for link in data["links"]
        ]
        loader.ensure_page(
            parent=workspaces[data["workspace"]],
            page=PracticePage(
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
