"""Illustrative demo content for `manage.py load_demo`: what came out of the past events.

The conclusions and recommendations of the five demo events that took place before the
demo's reference date (2026-11-27), in the four locales (en, es, pt, fr). Each
recommendation names a topic (slug), the actors it addresses (events.models.Actor values)
and, where one fits, a related practice and issue area (slugs of the clusters demo). All
texts are illustrative.
"""

from __future__ import annotations

COMPILATION = {
    "slug": "recommendations",
    "title": {
        "en": "Conclusions and recommendations",
        "es": "Conclusiones y recomendaciones",
        "pt": "Conclusões e recomendações",
        "fr": "Conclusions et recommandations",
    },
    "intro": {
        "en": "What the e-government events of the Task Force agencies recommended, to whom, and on which topic.",
        "es": "Lo que recomendaron los eventos de gobierno electrónico de las agencias del Grupo de Trabajo, a quién y sobre qué tema.",
        "pt": "O que recomendaram os eventos de governo eletrônico das agências da Força-Tarefa, a quem e sobre qual tema.",
        "fr": "Ce qu'ont recommandé les événements d'administration électronique des agences du Groupe de travail, à qui et sur quel thème.",
    },
}

OUTCOMES = {
    "tf-webinar-interoperability-2026-02": {
        "conclusions": {
            "en": [
                "Participants agreed that interoperability is first a matter of governance: the countries that progressed fastest gave one institution the mandate to set standards and the legal basis for ministries to exchange data.",
                "Technical platforms alone did not change how institutions work together. Shared data standards, a catalogue of the services that exchange data and a plan to phase out paper certificates made the difference for citizens.",
            ],
            "es": [
                "Los participantes coincidieron en que la interoperabilidad es ante todo una cuestión de gobernanza: los países que más avanzaron dieron a una institución el mandato de fijar estándares y la base jurídica para que los ministerios intercambien datos.",
                "Las plataformas técnicas por sí solas no cambiaron la forma en que las instituciones trabajan juntas. Los estándares de datos compartidos, un catálogo de los servicios que intercambian datos y un plan para eliminar los certificados en papel marcaron la diferencia para la ciudadanía.",
            ],
            "pt": [
                "Os participantes concordaram que a interoperabilidade é antes de tudo uma questão de governança: os países que mais avançaram deram a uma instituição o mandato de definir padrões e a base jurídica para que os ministérios troquem dados.",
                "As plataformas técnicas, sozinhas, não mudaram a forma como as instituições trabalham juntas. Padrões de dados compartilhados, um catálogo dos serviços que trocam dados e um plano para eliminar as certidões em papel fizeram a diferença para os cidadãos.",
            ],
            "fr": [
                "Les participants ont convenu que l'interopérabilité est d'abord une question de gouvernance : les pays qui ont le plus progressé ont confié à une institution le mandat de fixer les normes et ont donné aux ministères une base juridique pour échanger des données.",
                "Les plateformes techniques n'ont pas suffi à changer la façon dont les institutions travaillent ensemble. Des normes de données communes, un catalogue des services qui échangent des données et un plan de suppression des certificats papier ont fait la différence pour les citoyens.",
            ],
        },
        "recommendations": [
            {
                "text": {
                    "en": "Give one institution the legal mandate and the budget to set interoperability standards and to oversee data exchange between ministries.",
                    "es": "Otorgar a una sola institución el mandato legal y el presupuesto para fijar los estándares de interoperabilidad y supervisar el intercambio de datos entre ministerios.",
                    "pt": "Conceder a uma única instituição o mandato legal e o orçamento para definir os padrões de interoperabilidade e supervisionar a troca de dados entre ministérios.",
                    "fr": "Confier à une seule institution le mandat légal et le budget nécessaires pour fixer les normes d'interopérabilité et superviser l'échange de données entre ministères.",
                },
                "topic": "interoperability",
                "actors": ["governments", "legislatures"],
                "practice": "peru-interoperability-platform",
                "issue_area": "policy-planning-area",
            },
            {
                "text": {
                    "en": "Agree on shared data standards before ministries buy new systems, so that each purchase adds to a common platform instead of another silo.",
                    "es": "Acordar estándares de datos compartidos antes de que los ministerios compren nuevos sistemas, para que cada compra sume a una plataforma común en lugar de crear otro silo.",
                    "pt": "Acordar padrões de dados compartilhados antes que os ministérios comprem novos sistemas, para que cada compra some a uma plataforma comum em vez de criar outro silo.",
                    "fr": "S'accorder sur des normes de données communes avant que les ministères n'achètent de nouveaux systèmes, afin que chaque achat enrichisse une plateforme commune au lieu de créer un nouveau silo.",
                },
                "topic": "interoperability",
                "actors": ["governments"],
                "practice": "guatemala-uncoordinated-ministry-systems",
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Coordinate the agencies' technical assistance on interoperability through the Task Force, so that countries receive one consistent set of advice.",
                    "es": "Coordinar a través del Grupo de Trabajo la asistencia técnica de las agencias en materia de interoperabilidad, para que los países reciban un conjunto coherente de recomendaciones.",
                    "pt": "Coordenar por meio da Força-Tarefa a assistência técnica das agências em interoperabilidade, para que os países recebam um conjunto coerente de orientações.",
                    "fr": "Coordonner par l'intermédiaire du Groupe de travail l'assistance technique des agences en matière d'interopérabilité, afin que les pays reçoivent un ensemble cohérent de conseils.",
                },
                "topic": "policy-planning",
                "actors": ["agencies", "donors"],
                "practice": None,
                "issue_area": "policy-planning-area",
            },
        ],
    },
    "digital-identity-workshop-lima-2026": {
        "conclusions": {
            "en": [
                "The Andean countries share the same starting point: a civil registry that is not fully digital and identity credentials that online services do not yet recognise. Digital identity only works when it is built on a reliable, connected civil registry.",
                "Participants warned against contracts that tie the state to one supplier and against credentials that leave out rural and older people. Trust depends as much on data protection and assisted channels as on technology.",
            ],
            "es": [
                "Los países andinos comparten el mismo punto de partida: un registro civil que no es plenamente digital y credenciales de identidad que los servicios en línea aún no reconocen. La identidad digital solo funciona cuando se apoya en un registro civil fiable y conectado.",
                "Los participantes advirtieron contra los contratos que atan al Estado a un solo proveedor y contra las credenciales que dejan fuera a la población rural y a las personas mayores. La confianza depende tanto de la protección de datos y de los canales asistidos como de la tecnología.",
            ],
            "pt": [
                "Os países andinos compartilham o mesmo ponto de partida: um registro civil que não é totalmente digital e credenciais de identidade que os serviços on-line ainda não reconhecem. A identidade digital só funciona quando se apoia em um registro civil confiável e conectado.",
                "Os participantes alertaram contra contratos que prendem o Estado a um único fornecedor e contra credenciais que deixam de fora a população rural e as pessoas idosas. A confiança depende tanto da proteção de dados e dos canais assistidos quanto da tecnologia.",
            ],
            "fr": [
                "Les pays andins partagent le même point de départ : un état civil qui n'est pas entièrement numérique et des titres d'identité que les services en ligne ne reconnaissent pas encore. L'identité numérique ne fonctionne que si elle repose sur un état civil fiable et connecté.",
                "Les participants ont mis en garde contre les contrats qui lient l'État à un seul fournisseur et contre les titres qui excluent les populations rurales et les personnes âgées. La confiance dépend autant de la protection des données et des canaux assistés que de la technologie.",
            ],
        },
        "recommendations": [
            {
                "text": {
                    "en": "Digitise and connect the civil registry before issuing digital credentials, and plan from the start how the system will be funded once the pilot ends.",
                    "es": "Digitalizar y conectar el registro civil antes de emitir credenciales digitales, y prever desde el inicio cómo se financiará el sistema cuando termine el piloto.",
                    "pt": "Digitalizar e conectar o registro civil antes de emitir credenciais digitais, e prever desde o início como o sistema será financiado quando o piloto terminar.",
                    "fr": "Numériser et connecter l'état civil avant de délivrer des titres numériques, et prévoir dès le départ le financement du système après la fin du projet pilote.",
                },
                "topic": "digital-identity",
                "actors": ["governments", "donors"],
                "practice": "haiti-civil-registry-digitization-pilot",
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Write open standards, data ownership and exit clauses into every identity system contract, so that the state can change suppliers without losing its data.",
                    "es": "Incluir estándares abiertos, la titularidad de los datos y cláusulas de salida en todo contrato de sistemas de identidad, para que el Estado pueda cambiar de proveedor sin perder sus datos.",
                    "pt": "Incluir padrões abertos, a titularidade dos dados e cláusulas de saída em todo contrato de sistemas de identidade, para que o Estado possa trocar de fornecedor sem perder seus dados.",
                    "fr": "Inscrire des normes ouvertes, la propriété des données et des clauses de sortie dans tout contrat de système d'identité, afin que l'État puisse changer de fournisseur sans perdre ses données.",
                },
                "topic": "digital-identity",
                "actors": ["governments", "private-sector"],
                "practice": "honduras-national-id-vendor-lock-in",
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Keep assisted, in-person channels for people who cannot use a digital credential, and measure who is being left out.",
                    "es": "Mantener canales asistidos y presenciales para quienes no pueden usar una credencial digital, y medir quiénes están quedando excluidos.",
                    "pt": "Manter canais assistidos e presenciais para quem não pode usar uma credencial digital, e medir quem está ficando de fora.",
                    "fr": "Maintenir des canaux assistés et en présentiel pour les personnes qui ne peuvent pas utiliser un titre numérique, et mesurer qui en reste exclu.",
                },
                "topic": "building-trust",
                "actors": ["governments", "local-governments", "civil-society"],
                "practice": None,
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Pass or update personal data protection laws with an independent authority before identity data is shared across government.",
                    "es": "Aprobar o actualizar las leyes de protección de datos personales, con una autoridad independiente, antes de compartir los datos de identidad en todo el gobierno.",
                    "pt": "Aprovar ou atualizar as leis de proteção de dados pessoais, com uma autoridade independente, antes de compartilhar os dados de identidade em todo o governo.",
                    "fr": "Adopter ou mettre à jour les lois sur la protection des données personnelles, avec une autorité indépendante, avant de partager les données d'identité dans l'ensemble de l'administration.",
                },
                "topic": "legal-regulatory",
                "actors": ["legislatures"],
                "practice": "costa-rica-digital-signature-framework",
                "issue_area": None,
            },
        ],
    },
    "task-force-meeting-2026-06-panama": {
        "conclusions": {
            "en": [
                "The members found that several agencies had planned missions to the same countries on the same subjects. The shared calendar and the menu of services on the platform are the tools to avoid this.",
                "Country requests for assistance reach the agencies through many doors. The meeting agreed that program managers should follow each request from its arrival to its answer, and report on them at each meeting.",
            ],
            "es": [
                "Los miembros constataron que varias agencias habían previsto misiones a los mismos países sobre los mismos temas. El calendario compartido y el menú de servicios de la plataforma son las herramientas para evitarlo.",
                "Las solicitudes de asistencia de los países llegan a las agencias por muchas vías. La reunión acordó que los gerentes de programa den seguimiento a cada solicitud desde su llegada hasta su respuesta, e informen sobre ellas en cada reunión.",
            ],
            "pt": [
                "Os membros constataram que várias agências haviam previsto missões aos mesmos países sobre os mesmos temas. O calendário compartilhado e o menu de serviços da plataforma são as ferramentas para evitar isso.",
                "Os pedidos de assistência dos países chegam às agências por muitos caminhos. A reunião acordou que os gerentes de programa acompanhem cada pedido desde a chegada até a resposta, e informem sobre eles em cada reunião.",
            ],
            "fr": [
                "Les membres ont constaté que plusieurs agences avaient prévu des missions dans les mêmes pays sur les mêmes sujets. Le calendrier commun et le menu de services de la plateforme sont les outils pour l'éviter.",
                "Les demandes d'assistance des pays parviennent aux agences par de multiples voies. La réunion a convenu que les responsables de programme suivent chaque demande de sa réception à sa réponse, et en rendent compte à chaque réunion.",
            ],
        },
        "recommendations": [
            {
                "text": {
                    "en": "Post every planned country mission in the shared calendar at least two months ahead, and plan joint missions where subjects overlap.",
                    "es": "Publicar cada misión prevista a un país en el calendario compartido con al menos dos meses de antelación, y planificar misiones conjuntas cuando los temas coincidan.",
                    "pt": "Publicar cada missão prevista a um país no calendário compartilhado com pelo menos dois meses de antecedência, e planejar missões conjuntas quando os temas coincidirem.",
                    "fr": "Inscrire chaque mission prévue dans un pays au calendrier commun au moins deux mois à l'avance, et organiser des missions conjointes lorsque les sujets se recoupent.",
                },
                "topic": "policy-planning",
                "actors": ["agencies"],
                "practice": None,
                "issue_area": "policy-planning-area",
            },
            {
                "text": {
                    "en": "Keep each agency's entries in the menu of services up to date in the four languages, so that countries can see who offers what before they ask.",
                    "es": "Mantener actualizadas en los cuatro idiomas las entradas de cada agencia en el menú de servicios, para que los países vean quién ofrece qué antes de solicitarlo.",
                    "pt": "Manter atualizadas nos quatro idiomas as entradas de cada agência no menu de serviços, para que os países vejam quem oferece o quê antes de pedir.",
                    "fr": "Tenir à jour dans les quatre langues les fiches de chaque agence dans le menu de services, afin que les pays voient qui propose quoi avant de formuler une demande.",
                },
                "topic": "policy-planning",
                "actors": ["agencies"],
                "practice": None,
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Align new funding with each country's national digital government strategy and with the institution that leads it.",
                    "es": "Alinear el nuevo financiamiento con la estrategia nacional de gobierno digital de cada país y con la institución que la lidera.",
                    "pt": "Alinhar o novo financiamento à estratégia nacional de governo digital de cada país e à instituição que a lidera.",
                    "fr": "Aligner les nouveaux financements sur la stratégie nationale de gouvernement numérique de chaque pays et sur l'institution qui la pilote.",
                },
                "topic": "policy-planning",
                "actors": ["donors", "governments"],
                "practice": "uruguay-digital-government-agency",
                "issue_area": None,
            },
        ],
    },
    "measurement-methodology-seminar-santiago-2026": {
        "conclusions": {
            "en": [
                "Most countries still measure what they put online rather than what changes for people and businesses. Indicators of use, satisfaction and time saved are scarce and hard to compare.",
                "Self-reported figures from agencies are useful only when they are checked. Household surveys run by national statistics offices are the most reliable source on who uses digital services and why others do not.",
            ],
            "es": [
                "La mayoría de los países sigue midiendo lo que pone en línea y no lo que cambia para las personas y las empresas. Los indicadores de uso, satisfacción y tiempo ahorrado son escasos y difíciles de comparar.",
                "Las cifras que reportan las propias instituciones solo son útiles cuando se verifican. Las encuestas de hogares de las oficinas nacionales de estadística son la fuente más fiable sobre quién usa los servicios digitales y por qué otros no lo hacen.",
            ],
            "pt": [
                "A maioria dos países ainda mede o que coloca on-line e não o que muda para as pessoas e as empresas. Indicadores de uso, satisfação e tempo economizado são escassos e difíceis de comparar.",
                "Os números informados pelas próprias instituições só são úteis quando verificados. As pesquisas domiciliares dos institutos nacionais de estatística são a fonte mais confiável sobre quem usa os serviços digitais e por que outros não os usam.",
            ],
            "fr": [
                "La plupart des pays mesurent encore ce qu'ils mettent en ligne plutôt que ce qui change pour les personnes et les entreprises. Les indicateurs d'usage, de satisfaction et de temps gagné sont rares et difficiles à comparer.",
                "Les chiffres déclarés par les institutions elles-mêmes ne sont utiles que s'ils sont vérifiés. Les enquêtes auprès des ménages des instituts nationaux de statistique sont la source la plus fiable sur qui utilise les services numériques et pourquoi d'autres ne le font pas.",
            ],
        },
        "recommendations": [
            {
                "text": {
                    "en": "Measure the results of digital services for their users (use, satisfaction, time and cost saved), not only the number of procedures available online.",
                    "es": "Medir los resultados de los servicios digitales para sus usuarios (uso, satisfacción, tiempo y costo ahorrados) y no solo el número de trámites disponibles en línea.",
                    "pt": "Medir os resultados dos serviços digitais para os seus usuários (uso, satisfação, tempo e custo economizados) e não apenas o número de serviços disponíveis on-line.",
                    "fr": "Mesurer les résultats des services numériques pour leurs usagers (usage, satisfaction, temps et coûts économisés), et pas seulement le nombre de démarches disponibles en ligne.",
                },
                "topic": "measurement",
                "actors": ["governments", "academia"],
                "practice": "colombia-online-government-index",
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Check self-reported progress figures against independent evidence before publishing them or using them to allocate funds.",
                    "es": "Contrastar las cifras de avance autodeclaradas con evidencia independiente antes de publicarlas o de usarlas para asignar fondos.",
                    "pt": "Confrontar os números de progresso autodeclarados com evidências independentes antes de publicá-los ou de usá-los para alocar recursos.",
                    "fr": "Confronter les chiffres de progrès autodéclarés à des données indépendantes avant de les publier ou de les utiliser pour répartir des fonds.",
                },
                "topic": "measurement",
                "actors": ["agencies", "governments"],
                "practice": "caribbean-dashboard-unverified-self-reports",
                "issue_area": None,
            },
            {
                "text": {
                    "en": "Add a common module on the use of digital public services to national household surveys, so that results can be compared across the region.",
                    "es": "Incorporar a las encuestas nacionales de hogares un módulo común sobre el uso de los servicios públicos digitales, para poder comparar los resultados en toda la región.",
                    "pt": "Incorporar às pesquisas domiciliares nacionais um módulo comum sobre o uso dos serviços públicos digitais, para que os resultados possam ser comparados em toda a região.",
                    "fr": "Ajouter aux enquêtes nationales auprès des ménages un module commun sur l'usage des services publics numériques, afin de pouvoir comparer les résultats dans toute la région.",
                },
                "topic": "measurement",
                "actors": ["governments", "donors"],
                "practice": None,
                "issue_area": None,
            },
        ],
    },
    "gealc-annual-meeting-2026": {
        "conclusions": {
            "en": [
                "The network's authorities confirmed horizontal cooperation between countries as the most valued form of support: a country that has solved a problem is the most credible adviser to one that faces it.",
                "The main gaps for 2027 are the digital skills of public servants and the follow-up of citizen participation. Several countries reported online consultations that lost credibility because no one answered the contributions.",
            ],
            "es": [
                "Las autoridades de la red confirmaron la cooperación horizontal entre países como la forma de apoyo más valorada: un país que ya resolvió un problema es el asesor más creíble para otro que lo enfrenta.",
                "Las principales brechas para 2027 son las competencias digitales de los servidores públicos y el seguimiento de la participación ciudadana. Varios países informaron de consultas en línea que perdieron credibilidad porque nadie respondió a los aportes.",
            ],
            "pt": [
                "As autoridades da rede confirmaram a cooperação horizontal entre países como a forma de apoio mais valorizada: um país que já resolveu um problema é o conselheiro mais confiável para outro que o enfrenta.",
                "As principais lacunas para 2027 são as competências digitais dos servidores públicos e o acompanhamento da participação cidadã. Vários países relataram consultas on-line que perderam credibilidade porque ninguém respondeu às contribuições.",
            ],
            "fr": [
                "Les autorités du réseau ont confirmé la coopération horizontale entre pays comme la forme d'appui la plus appréciée : un pays qui a résolu un problème est le conseiller le plus crédible pour un pays qui y fait face.",
                "Les principales lacunes pour 2027 sont les compétences numériques des agents publics et le suivi de la participation citoyenne. Plusieurs pays ont fait état de consultations en ligne qui ont perdu leur crédibilité faute de réponse aux contributions.",
            ],
        },
        "recommendations": [
            {
                "text": {
                    "en": "Fund exchanges of experts between countries of the network and publish each exchange's results on the interaction platform.",
                    "es": "Financiar intercambios de expertos entre los países de la red y publicar los resultados de cada intercambio en la plataforma de interacción.",
                    "pt": "Financiar intercâmbios de especialistas entre os países da rede e publicar os resultados de cada intercâmbio na plataforma de interação.",
                    "fr": "Financer des échanges d'experts entre les pays du réseau et publier les résultats de chaque échange sur la plateforme d'interaction.",
                },
                "topic": "policy-planning",
                "actors": ["agencies", "donors", "governments"],
                "practice": None,
                "issue_area": "policy-planning-area",
            },
            {
                "text": {
                    "en": "Make digital skills part of the career of public servants, with training at every level and recognition in promotions.",
                    "es": "Hacer de las competencias digitales parte de la carrera de los servidores públicos, con formación en todos los niveles y reconocimiento en los ascensos.",
                    "pt": "Tornar as competências digitais parte da carreira dos servidores públicos, com capacitação em todos os níveis e reconhecimento nas promoções.",
                    "fr": "Intégrer les compétences numériques à la carrière des agents publics, avec une formation à tous les niveaux et une reconnaissance dans les promotions.",
                },
                "topic": "skills-development",
                "actors": ["governments"],
                "practice": "jamaica-public-servant-ict-training",
                "issue_area": "skills-development-area",
            },
            {
                "text": {
                    "en": "Answer every online consultation publicly: say what was received, what was taken up and why the rest was not.",
                    "es": "Responder públicamente a cada consulta en línea: indicar qué se recibió, qué se incorporó y por qué no se incorporó el resto.",
                    "pt": "Responder publicamente a cada consulta on-line: informar o que foi recebido, o que foi incorporado e por que o restante não foi.",
                    "fr": "Répondre publiquement à chaque consultation en ligne : dire ce qui a été reçu, ce qui a été retenu et pourquoi le reste ne l'a pas été.",
                },
                "topic": "e-participation",
                "actors": ["governments", "local-governments", "civil-society"],
                "practice": "bolivia-e-participation-portal-without-follow-up",
                "issue_area": None,
            },
        ],
    },
}
