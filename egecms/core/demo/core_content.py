"""The core's part of the demo: the topic page, agencies and topics in four languages."""

from .. import demo_data

TOPIC_PAGE = {
    "title": {
        "en": "e-Government in Latin America and the Caribbean",
        "es": "Gobierno electrónico en América Latina y el Caribe",
        "pt": "Governo eletrônico na América Latina e no Caribe",
        "fr": "Administration électronique en Amérique latine et dans les Caraïbes",
    },
    "intro": {
        "en": "What the agencies of the EgE Inter-Agency Task Force know and do on e-government in the region: practices to adapt and to avoid, the services each agency offers, and the calendar of events.",
        "es": "Lo que las agencias del Grupo de Trabajo Interagencial EgE saben y hacen sobre gobierno electrónico en la región: prácticas para adaptar y para evitar, los servicios que ofrece cada agencia y el calendario de eventos.",
        "pt": "O que as agências da Força-Tarefa Interagencial EgE sabem e fazem sobre governo eletrônico na região: práticas a adaptar e a evitar, os serviços que cada agência oferece e o calendário de eventos.",
        "fr": "Ce que les agences du Groupe de travail inter-agences EgE savent et font en matière d'administration électronique dans la région : pratiques à adapter et à éviter, services offerts par chaque agence et calendrier des événements.",
    },
}

# Acronyms differ by language (IDB is the BID in Spanish, ECLAC the CEPAL...).
LOCALIZED_ACRONYMS = {
    "DG": {"en": "DG", "es": "DG", "pt": "DG", "fr": "DG"},
    "IDB": {"en": "IDB", "es": "BID", "pt": "BID", "fr": "BID"},
    "OAS": {"en": "OAS", "es": "OEA", "pt": "OEA", "fr": "OEA"},
    "UNDESA": {"en": "UN DESA", "es": "DAES", "pt": "DESA", "fr": "DAES"},
    "WB": {"en": "WB", "es": "BM", "pt": "BM", "fr": "BM"},
    "ICA": {"en": "ICA", "es": "ICA", "pt": "ICA", "fr": "ICA"},
    "ECLAC": {"en": "ECLAC", "es": "CEPAL", "pt": "CEPAL", "fr": "CEPALC"},
}

STRATEGIC_AREAS = {
    "skills-development",
    "measurement",
    "policy-planning",
    "building-trust",
    "legal-regulatory",
}


def load_core_content(loader):
    loader.say("Topic page")
    loader.ensure_topic_page(TOPIC_PAGE)
    loader.say("Agencies")
    for data in demo_data.AGENCIES:
        loader.ensure_agency({**data, "acronym": LOCALIZED_ACRONYMS[data["acronym"]]})
    loader.say("Topics")
    for data in demo_data.TOPICS:
        loader.ensure_topic(data, strategic=data["slug"] in STRATEGIC_AREAS)
