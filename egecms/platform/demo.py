"""The platform's part of the demo: the limited-access section and three internal documents."""

import datetime

from egecms.core.demo.loader import paragraphs_html

from .models import InternalDocumentPage, PlatformPage

PLATFORM = {
    "title": {
        "en": "Inter-agency platform",
        "es": "Plataforma interagencial",
        "pt": "Plataforma interagencial",
        "fr": "Plateforme inter-agences",
    },
    "intro": {
        "en": "Internal documents of the Task Force, for the member agencies only.",
        "es": "Documentos internos del Grupo de Trabajo, solo para las agencias miembro.",
        "pt": "Documentos internos da Força-Tarefa, apenas para as agências-membro.",
        "fr": "Documents internes du Groupe de travail, réservés aux agences membres.",
    },
}

DOCUMENTS = [
    {
        "slug": "action-plan",
        "kind": "action_plan",
        "date": "2005-06-29",
        "title": {
            "en": "Action plan of the Task Force",
            "es": "Plan de acción del Grupo de Trabajo",
            "pt": "Plano de ação da Força-Tarefa",
            "fr": "Plan d'action du Groupe de travail",
        },
        "summary": {
            "en": "The plan agreed by the member agencies: challenge, response, outcomes, activities and institutional arrangements.",
            "es": "El plan acordado por las agencias miembro: desafío, respuesta, resultados, actividades y arreglos institucionales.",
            "pt": "O plano acordado pelas agências-membro: desafio, resposta, resultados, atividades e arranjos institucionais.",
            "fr": "Le plan convenu par les agences membres : défi, réponse, résultats, activités et dispositions institutionnelles.",
        },
        "body": {
            "en": [
                "The member agencies harmonise their support to the countries of the region through clusters led by the agency with the most expertise in each area."
            ],
            "es": [
                "Las agencias miembro armonizan su apoyo a los países de la región mediante clústeres liderados por la agencia con más experiencia en cada área."
            ],
            "pt": [
                "As agências-membro harmonizam seu apoio aos países da região por meio de clusters liderados pela agência com mais experiência em cada área."
            ],
            "fr": [
                "Les agences membres harmonisent leur appui aux pays de la région au moyen de groupes thématiques dirigés par l'agence la plus experte dans chaque domaine."
            ],
        },
    },
    {
        "slug": "pmt-meeting-notes",
        "kind": "meeting_notes",
        "date": "2026-09-15",
        "title": {
            "en": "Program Managers' Team: notes of the September meeting",
            "es": "Equipo de Gerentes de Programa: notas de la reunión de septiembre",
            "pt": "Equipe de Gerentes de Programa: notas da reunião de setembro",
            "fr": "Équipe des responsables de programme : notes de la réunion de septembre",
        },
        "summary": {
            "en": "Confidential notes on the coordination of parallel missions and the next face-to-face meeting.",
            "es": "Notas confidenciales sobre la coordinación de misiones paralelas y la próxima reunión presencial.",
            "pt": "Notas confidenciais sobre a coordenação de missões paralelas e a próxima reunião presencial.",
            "fr": "Notes confidentielles sur la coordination des missions parallèles et la prochaine réunion en présentiel.",
        },
        "body": {
            "en": [
                "Two thirds of the managers attended. The team agreed to schedule parallel missions to avoid duplicated support to the same ministries."
            ],
            "es": [
                "Asistieron dos tercios de los gerentes. El equipo acordó programar misiones paralelas para evitar apoyos duplicados a los mismos ministerios."
            ],
            "pt": [
                "Compareceram dois terços dos gerentes. A equipe concordou em programar missões paralelas para evitar apoios duplicados aos mesmos ministérios."
            ],
            "fr": [
                "Les deux tiers des responsables étaient présents. L'équipe a convenu de programmer des missions parallèles pour éviter des appuis en double aux mêmes ministères."
            ],
        },
    },
    {
        "slug": "implementation-report",
        "kind": "report",
        "date": "2026-10-30",
        "title": {
            "en": "Implementation report to the Task Force",
            "es": "Informe de ejecución para el Grupo de Trabajo",
            "pt": "Relatório de execução para a Força-Tarefa",
            "fr": "Rapport de mise en œuvre au Groupe de travail",
        },
        "summary": {
            "en": "What the clusters achieved this semester, submitted two weeks before the Task Force meeting.",
            "es": "Lo que lograron los clústeres este semestre, presentado dos semanas antes de la reunión del Grupo de Trabajo.",
            "pt": "O que os clusters alcançaram neste semestre, apresentado duas semanas antes da reunião da Força-Tarefa.",
            "fr": "Ce que les groupes thématiques ont accompli ce semestre, remis deux semaines avant la réunion du Groupe de travail.",
        },
        "body": {
            "en": [
                "Each cluster reports its activities, the practices it shared and the requests for assistance it followed up."
            ],
            "es": [
                "Cada clúster informa sus actividades, las prácticas que compartió y las solicitudes de asistencia a las que dio seguimiento."
            ],
            "pt": [
                "Cada cluster informa suas atividades, as práticas que compartilhou e as solicitações de assistência que acompanhou."
            ],
            "fr": [
                "Chaque groupe thématique rend compte de ses activités, des pratiques partagées et des demandes d'assistance suivies."
            ],
        },
    },
]


def load(loader):
    platform = loader.ensure_page(
        parent=loader.topic_page,
        page=PlatformPage(
            title=PLATFORM["title"]["en"], slug="platform", intro=PLATFORM["intro"]["en"]
        ),
        language="en",
        translatable=[PLATFORM["title"], PLATFORM["intro"]],
        label=PLATFORM["title"]["en"],
    )
    for data in DOCUMENTS:
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
