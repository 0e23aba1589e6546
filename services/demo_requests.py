"""The demo's requests for assistance: the form page in four languages, and a few requests
from countries at different steps of their follow-up (fictional people and addresses)."""

from django.contrib.auth import get_user_model

from egecms.core.demo.loader import paragraphs_html

from .models import AssistanceRequest, AssistanceRequestPage
from .requests.submission import submit_request
from .requests.workflow import add_note, change_status

REQUEST_PAGE = {
    "title": {
        "en": "Request assistance",
        "es": "Solicitar asistencia",
        "pt": "Solicitar assistência",
        "fr": "Demander une assistance",
    },
    "intro": {
        "en": ["Tell the agencies of the Task Force what your institution needs. A program manager will match your request to the services on offer and follow it up with you."],
        "es": ["Cuente a las agencias del Grupo de Trabajo qué necesita su institución. Un gerente de programa vinculará su solicitud con los servicios disponibles y le dará seguimiento con usted."],
        "pt": ["Conte às agências da Força-Tarefa do que sua instituição precisa. Um gerente de programa associará sua solicitação aos serviços oferecidos e a acompanhará com você."],
        "fr": ["Dites aux agences du Groupe de travail ce dont votre institution a besoin. Un responsable de programme rapprochera votre demande des services proposés et en assurera le suivi avec vous."],
    },
    "privacy_notice": {
        "en": ["Your name and e-mail address are seen only by the program managers of the agencies your request is routed to and by the editorial board. They are never published. You may ask for a copy of your request or for its erasure at any time."],
        "es": ["Su nombre y su dirección de correo electrónico solo los ven los gerentes de programa de las agencias a las que se dirige su solicitud y el consejo editorial. Nunca se publican. Puede pedir en cualquier momento una copia de su solicitud o su supresión."],
        "pt": ["Seu nome e seu endereço de e-mail são vistos apenas pelos gerentes de programa das agências às quais sua solicitação é encaminhada e pelo conselho editorial. Nunca são publicados. Você pode pedir a qualquer momento uma cópia da sua solicitação ou a sua eliminação."],
        "fr": ["Votre nom et votre adresse électronique ne sont vus que par les responsables de programme des agences auxquelles votre demande est transmise et par le comité éditorial. Ils ne sont jamais publiés. Vous pouvez à tout moment demander une copie de votre demande ou son effacement."],
    },
}  # fmt: skip

# (language, country, institution, need, topics, urgency, modality, steps by demo users)
REQUESTS = [
    {
        "language": "es",
        "country": "PE",
        "institution": "Secretaría de Gobierno y Transformación Digital",
        "contact_name": "Rosa Quispe (demo)",
        "need": "Queremos integrar la identidad digital con los servicios de los gobiernos regionales y necesitamos asistencia técnica sobre interoperabilidad.",
        "topics": ["digital-identity", "interoperability"],
        "urgency": "high",
        "modality": "technical_assistance",
        "steps": [("pm-idb", "triaged", "Call scheduled with the Secretariat.")],
    },
    {
        "language": "pt",
        "country": "BR",
        "institution": "Secretaria de Governo Digital",
        "contact_name": "João Silva (demo)",
        "need": "Precisamos formar servidores municipais em dados abertos e em medição de serviços digitais.",
        "topics": ["open-data", "measurement"],
        "urgency": "medium",
        "modality": "training",
        "steps": [],
    },
    {
        "language": "fr",
        "country": "HT",
        "institution": "Unité de Transformation Digitale",
        "contact_name": "Marie Joseph (demo)",
        "need": "Nous souhaitons un appui pour former les agents publics et renforcer la confiance dans les services en ligne.",
        "topics": ["skills-development", "building-trust"],
        "urgency": "medium",
        "modality": "",
        "steps": [("pm-undesa", "triaged", ""), ("pm-undesa", "assigned", "UNDESA takes it on.")],
    },
    {
        "language": "en",
        "country": "JM",
        "institution": "eGov Jamaica Limited",
        "contact_name": "Andre Campbell (demo)",
        "need": "We need policy advice on a legal framework for electronic signatures.",
        "topics": ["legal-regulatory"],
        "urgency": "low",
        "modality": "policy_advice",
        "steps": [],
    },
]  # fmt: skip

DEMO_DOMAIN = "ministry.example"


def load(loader):
    page = loader.ensure_page(
        parent=loader.topic_page,
        page=AssistanceRequestPage(
            title=REQUEST_PAGE["title"]["en"],
            slug="request-assistance",
            intro=paragraphs_html(REQUEST_PAGE["intro"]["en"]),
            privacy_notice=paragraphs_html(REQUEST_PAGE["privacy_notice"]["en"]),
            show_in_menus=True,
        ),
        language="en",
        translatable=[REQUEST_PAGE["title"], REQUEST_PAGE["intro"], REQUEST_PAGE["privacy_notice"]],
        label=REQUEST_PAGE["title"]["en"],
    )
    if AssistanceRequest.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists():
        loader.step("Requests for assistance", created=False)
        return
    users = get_user_model().objects.in_bulk(field_name="username")
    for number, data in enumerate(REQUESTS, start=1):
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
        for username, status, note in data["steps"]:
            user = users.get(username)
            agency = None
            if status == "assigned":
                agency = loader.agency(username.removeprefix("pm-").upper())
            change_status(assistance_request, status, by=user, note=note, agency=agency)
        if number == 1:
            add_note(
                assistance_request, "Documents requested from the ministry.", by=users.get("pm-idb")
            )
        loader.step(f"Request for assistance from {data['country']}", created=True)
