"""Illustrative demo content for ``manage.py load_demo``: agency profiles and services.

The profiles and the menu of services below are sample content for the EgE
Inter-Agency Task Force platform. Programs are described in general,
illustrative terms; program manager names and all e-mail addresses are
fictional. Every human-readable text is provided in the four site locales
(en, es, pt, fr); multi-paragraph fields are lists of paragraphs.
"""

from __future__ import annotations

AGENCY_PROFILES = [
    {
        "acronym": "DG",
        "intro": {
            "en": "The Development Gateway Foundation hosts the Task Force's shared knowledge platform and e-government topic pages.",
            "es": "La Fundación Development Gateway aloja la plataforma de conocimiento compartida del Grupo de Trabajo y sus páginas temáticas sobre gobierno electrónico.",
            "pt": "A Fundação Development Gateway hospeda a plataforma de conhecimento compartilhada da Força-Tarefa e suas páginas temáticas sobre governo eletrônico.",
            "fr": "La Fondation Development Gateway héberge la plateforme de connaissances commune du Groupe de travail et ses pages thématiques sur l'administration électronique.",
        },
        "profile": {
            "en": [
                "Development Gateway helps governments and development partners use data and technology to make better decisions. For the Task Force, it manages the common platform where agencies publish their e-government activities, services and events in the region.",
                "Its team curates good practices, conference conclusions and documentation for the clusters and issue areas. It also supports partner countries in building data systems that improve the transparency of aid and public spending.",
            ],
            "es": [
                "Development Gateway ayuda a los gobiernos y a los socios para el desarrollo a utilizar datos y tecnología para tomar mejores decisiones. Para el Grupo de Trabajo, administra la plataforma común en la que las agencias publican sus actividades, servicios y eventos de gobierno electrónico en la región.",
                "Su equipo selecciona buenas prácticas, conclusiones de conferencias y documentación para los clústeres y las áreas temáticas. También apoya a los países socios en la creación de sistemas de datos que mejoran la transparencia de la ayuda y del gasto público.",
            ],
            "pt": [
                "A Development Gateway ajuda governos e parceiros de desenvolvimento a usar dados e tecnologia para tomar decisões melhores. Para a Força-Tarefa, administra a plataforma comum na qual as agências publicam suas atividades, serviços e eventos de governo eletrônico na região.",
                "Sua equipe faz a curadoria de boas práticas, conclusões de conferências e documentação para os clusters e as áreas temáticas. Também apoia os países parceiros na criação de sistemas de dados que aumentam a transparência da ajuda e do gasto público.",
            ],
            "fr": [
                "Development Gateway aide les gouvernements et les partenaires du développement à utiliser les données et la technologie pour mieux décider. Pour le Groupe de travail, elle gère la plateforme commune où les agences publient leurs activités, services et événements en matière d'administration électronique dans la région.",
                "Son équipe sélectionne les bonnes pratiques, les conclusions de conférences et la documentation destinées aux groupes thématiques et aux domaines d'action. Elle accompagne aussi les pays partenaires dans la mise en place de systèmes de données qui améliorent la transparence de l'aide et de la dépense publique.",
            ],
        },
        "program_managers": [
            {
                "name": "Helen Carter",
                "role": {
                    "en": "Program manager, e-government knowledge platform",
                    "es": "Gerente de programa, plataforma de conocimiento sobre gobierno electrónico",
                    "pt": "Gerente de programa, plataforma de conhecimento sobre governo eletrônico",
                    "fr": "Gestionnaire de programme, plateforme de connaissances sur l'administration électronique",
                },
                "email": "helen.carter@example.org",
            },
        ],
    },
    {
        "acronym": "IDB",
        "intro": {
            "en": "The Inter-American Development Bank finances and advises digital government reforms in its borrowing member countries in Latin America and the Caribbean.",
            "es": "El Banco Interamericano de Desarrollo financia y asesora reformas de gobierno digital en sus países miembros prestatarios de América Latina y el Caribe.",
            "pt": "O Banco Interamericano de Desenvolvimento financia e assessora reformas de governo digital em seus países-membros mutuários da América Latina e do Caribe.",
            "fr": "La Banque interaméricaine de développement finance et conseille des réformes d'administration numérique dans ses pays membres emprunteurs d'Amérique latine et des Caraïbes.",
        },
        "profile": {
            "en": [
                "The IDB supports governments in modernizing public administration through loans, technical cooperation and knowledge products. Its digital government work covers online services, digital identity, interoperability, e-procurement and the institutional arrangements needed to sustain them.",
                "Within the Task Force, the IDB leads the policy planning consultative process and co-leads the interaction platform and country dialogue clusters. It brings together national e-government authorities to compare approaches and agree on shared priorities.",
            ],
            "es": [
                "El BID apoya a los gobiernos en la modernización de la administración pública mediante préstamos, cooperaciones técnicas y productos de conocimiento. Su trabajo en gobierno digital abarca los servicios en línea, la identidad digital, la interoperabilidad, las compras públicas electrónicas y los arreglos institucionales necesarios para sostenerlos.",
                "Dentro del Grupo de Trabajo, el BID lidera el proceso consultivo de planificación de políticas y codirige los clústeres de plataforma de interacción y de diálogo con los países. Además, reúne a las autoridades nacionales de gobierno electrónico para comparar enfoques y acordar prioridades comunes.",
            ],
            "pt": [
                "O BID apoia os governos na modernização da administração pública por meio de empréstimos, cooperações técnicas e produtos de conhecimento. Seu trabalho em governo digital abrange serviços on-line, identidade digital, interoperabilidade, compras públicas eletrônicas e os arranjos institucionais necessários para sustentá-los.",
                "Na Força-Tarefa, o BID lidera o processo consultivo de planejamento de políticas e coordena, em conjunto, os clusters da plataforma de interação e do diálogo com os países. Também reúne as autoridades nacionais de governo eletrônico para comparar abordagens e definir prioridades comuns.",
            ],
            "fr": [
                "La BID aide les gouvernements à moderniser l'administration publique au moyen de prêts, de coopérations techniques et de produits de connaissance. Ses travaux sur l'administration numérique portent sur les services en ligne, l'identité numérique, l'interopérabilité, les marchés publics électroniques et les dispositifs institutionnels nécessaires pour les pérenniser.",
                "Au sein du Groupe de travail, la BID pilote le processus consultatif de planification des politiques et codirige les groupes thématiques consacrés à la plateforme d'interaction et au dialogue avec les pays. Elle réunit également les autorités nationales de l'administration électronique pour comparer leurs approches et convenir de priorités communes.",
            ],
        },
        "program_managers": [
            {
                "name": "Laura Méndez",
                "role": {
                    "en": "Program manager, digital government",
                    "es": "Gerente de programa, gobierno digital",
                    "pt": "Gerente de programa, governo digital",
                    "fr": "Gestionnaire de programme, administration numérique",
                },
                "email": "laura.mendez@example.org",
            },
            {
                "name": "Ricardo Salas",
                "role": {
                    "en": "Senior specialist, public sector modernization",
                    "es": "Especialista principal, modernización del Estado",
                    "pt": "Especialista sênior, modernização do setor público",
                    "fr": "Spécialiste principal, modernisation du secteur public",
                },
                "email": "ricardo.salas@example.org",
            },
        ],
    },
    {
        "acronym": "OAS",
        "intro": {
            "en": "The Organization of American States promotes e-government cooperation among its member states, notably through Red GEALC.",
            "es": "La Organización de los Estados Americanos promueve la cooperación en gobierno electrónico entre sus Estados miembros, en particular a través de la Red GEALC.",
            "pt": "A Organização dos Estados Americanos promove a cooperação em governo eletrônico entre seus Estados membros, especialmente por meio da Rede GEALC.",
            "fr": "L'Organisation des États Américains favorise la coopération en matière d'administration électronique entre ses États membres, notamment par l'intermédiaire du Red GEALC.",
        },
        "profile": {
            "en": [
                "The OAS works with member states to make public administration more transparent, efficient and closer to citizens. It supports the Red GEALC network, which brings together the national e-government authorities of the region to exchange experience and experts.",
                "The organization also runs training workshops and online courses for public officials on topics such as e-government strategy, open data and citizen participation. Within the Task Force, it co-leads the interaction platform and skills development clusters.",
            ],
            "es": [
                "La OEA trabaja con los Estados miembros para que la administración pública sea más transparente, eficiente y cercana a la ciudadanía. Apoya la Red GEALC, que reúne a las autoridades nacionales de gobierno electrónico de la región para intercambiar experiencias y expertos.",
                "La organización también ofrece talleres de capacitación y cursos en línea para funcionarios públicos sobre temas como estrategia de gobierno electrónico, datos abiertos y participación ciudadana. En el Grupo de Trabajo, codirige los clústeres de plataforma de interacción y de desarrollo de capacidades.",
            ],
            "pt": [
                "A OEA trabalha com os Estados membros para tornar a administração pública mais transparente, eficiente e próxima dos cidadãos. Apoia a Rede GEALC, que reúne as autoridades nacionais de governo eletrônico da região para trocar experiências e especialistas.",
                "A organização também oferece oficinas de capacitação e cursos on-line para servidores públicos sobre temas como estratégia de governo eletrônico, dados abertos e participação cidadã. Na Força-Tarefa, coordena em conjunto os clusters da plataforma de interação e de desenvolvimento de competências.",
            ],
            "fr": [
                "L'OEA collabore avec les États membres pour rendre l'administration publique plus transparente, plus efficace et plus proche des citoyens. Elle soutient le Red GEALC, qui réunit les autorités nationales de l'administration électronique de la région pour échanger expériences et experts.",
                "L'organisation propose également des ateliers de formation et des cours en ligne aux fonctionnaires sur des sujets tels que la stratégie d'administration électronique, les données ouvertes et la participation citoyenne. Au sein du Groupe de travail, elle codirige les groupes thématiques consacrés à la plateforme d'interaction et au développement des compétences.",
            ],
        },
        "program_managers": [
            {
                "name": "Andrea Quiroga",
                "role": {
                    "en": "Program manager, e-government and Red GEALC",
                    "es": "Gerente de programa, gobierno electrónico y Red GEALC",
                    "pt": "Gerente de programa, governo eletrônico e Rede GEALC",
                    "fr": "Gestionnaire de programme, administration électronique et Red GEALC",
                },
                "email": "andrea.quiroga@example.org",
            },
        ],
    },
    {
        "acronym": "UNDESA",
        "intro": {
            "en": "UN DESA supports countries with policy analysis, global benchmarking and capacity development on digital government.",
            "es": "El DAES de las Naciones Unidas apoya a los países con análisis de políticas, comparaciones mundiales y desarrollo de capacidades en gobierno digital.",
            "pt": "O DESA das Nações Unidas apoia os países com análise de políticas, comparações globais e desenvolvimento de capacidades em governo digital.",
            "fr": "Le DAES des Nations Unies accompagne les pays par des analyses de politiques, des comparaisons mondiales et le renforcement des capacités en administration numérique.",
        },
        "profile": {
            "en": [
                "UN DESA helps governments strengthen public institutions and use digital technologies to deliver inclusive, accountable services. Its periodic survey of e-government development offers a common reference that countries in the region use to review their progress.",
                "The department designs training toolkits and advisory missions for senior officials and public sector leaders. Within the Task Force, it co-leads the skills development cluster and the related issue area.",
            ],
            "es": [
                "El DAES ayuda a los gobiernos a fortalecer las instituciones públicas y a utilizar las tecnologías digitales para prestar servicios inclusivos y responsables. Su encuesta periódica sobre el desarrollo del gobierno electrónico ofrece una referencia común que los países de la región utilizan para examinar sus avances.",
                "El departamento diseña herramientas de capacitación y misiones de asesoría para altos funcionarios y líderes del sector público. En el Grupo de Trabajo, codirige el clúster de desarrollo de capacidades y el área temática correspondiente.",
            ],
            "pt": [
                "O DESA ajuda os governos a fortalecer as instituições públicas e a usar as tecnologias digitais para prestar serviços inclusivos e responsáveis. Sua pesquisa periódica sobre o desenvolvimento do governo eletrônico oferece uma referência comum que os países da região utilizam para avaliar seus avanços.",
                "O departamento elabora kits de capacitação e missões de assessoria para altos funcionários e líderes do setor público. Na Força-Tarefa, coordena em conjunto o cluster de desenvolvimento de competências e a área temática correspondente.",
            ],
            "fr": [
                "Le DAES aide les gouvernements à renforcer les institutions publiques et à utiliser les technologies numériques pour offrir des services inclusifs et redevables. Son enquête périodique sur le développement de l'administration électronique constitue une référence commune que les pays de la région utilisent pour mesurer leurs progrès.",
                "Le département conçoit des outils de formation et des missions de conseil destinés aux hauts fonctionnaires et aux dirigeants du secteur public. Au sein du Groupe de travail, il codirige le groupe thématique de développement des compétences et le domaine d'action qui lui est associé.",
            ],
        },
        "program_managers": [
            {
                "name": "Sophie Laurent",
                "role": {
                    "en": "Program manager, digital government capacity development",
                    "es": "Gerente de programa, desarrollo de capacidades en gobierno digital",
                    "pt": "Gerente de programa, desenvolvimento de capacidades em governo digital",
                    "fr": "Gestionnaire de programme, renforcement des capacités en administration numérique",
                },
                "email": "sophie.laurent@example.org",
            },
        ],
    },
    {
        "acronym": "WB",
        "intro": {
            "en": "The World Bank helps governments in the region invest in digital public infrastructure and better public services.",
            "es": "El Banco Mundial ayuda a los gobiernos de la región a invertir en infraestructura pública digital y en mejores servicios públicos.",
            "pt": "O Banco Mundial ajuda os governos da região a investir em infraestrutura pública digital e em melhores serviços públicos.",
            "fr": "La Banque mondiale aide les gouvernements de la région à investir dans l'infrastructure publique numérique et dans de meilleurs services publics.",
        },
        "profile": {
            "en": [
                "The World Bank combines financing, analytical work and technical assistance to support public sector modernization in Latin America and the Caribbean. Its GovTech approach covers digital services, core government systems, data governance and the skills needed to run them.",
                "The Bank also helps countries assess the maturity of their digital government and plan reforms in stages. Within the Task Force, it co-leads the country dialogue cluster with the IDB to coordinate missions and engagement with client governments.",
            ],
            "es": [
                "El Banco Mundial combina financiamiento, trabajo analítico y asistencia técnica para apoyar la modernización del sector público en América Latina y el Caribe. Su enfoque GovTech abarca los servicios digitales, los sistemas centrales de gobierno, la gobernanza de datos y las competencias necesarias para gestionarlos.",
                "El Banco también ayuda a los países a evaluar la madurez de su gobierno digital y a planificar las reformas por etapas. En el Grupo de Trabajo, codirige con el BID el clúster de diálogo con los países para coordinar las misiones y la relación con los gobiernos clientes.",
            ],
            "pt": [
                "O Banco Mundial combina financiamento, trabalho analítico e assistência técnica para apoiar a modernização do setor público na América Latina e no Caribe. Sua abordagem de GovTech abrange serviços digitais, sistemas centrais de governo, governança de dados e as competências necessárias para operá-los.",
                "O Banco também ajuda os países a avaliar a maturidade de seu governo digital e a planejar as reformas em etapas. Na Força-Tarefa, coordena com o BID o cluster de diálogo com os países, a fim de articular as missões e o relacionamento com os governos clientes.",
            ],
            "fr": [
                "La Banque mondiale associe financements, travaux analytiques et assistance technique pour soutenir la modernisation du secteur public en Amérique latine et dans les Caraïbes. Son approche GovTech couvre les services numériques, les systèmes centraux de l'État, la gouvernance des données et les compétences nécessaires à leur fonctionnement.",
                "La Banque aide aussi les pays à évaluer la maturité de leur administration numérique et à planifier leurs réformes par étapes. Au sein du Groupe de travail, elle codirige avec la BID le groupe thématique de dialogue avec les pays afin de coordonner les missions et les relations avec les gouvernements clients.",
            ],
        },
        "program_managers": [
            {
                "name": "Daniel Brooks",
                "role": {
                    "en": "Program manager, GovTech for Latin America and the Caribbean",
                    "es": "Gerente de programa, GovTech para América Latina y el Caribe",
                    "pt": "Gerente de programa, GovTech para a América Latina e o Caribe",
                    "fr": "Gestionnaire de programme, GovTech pour l'Amérique latine et les Caraïbes",
                },
                "email": "daniel.brooks@example.org",
            },
            {
                "name": "Marina Costa",
                "role": {
                    "en": "Senior digital development specialist",
                    "es": "Especialista sénior en desarrollo digital",
                    "pt": "Especialista sênior em desenvolvimento digital",
                    "fr": "Spécialiste principale du développement numérique",
                },
                "email": "marina.costa@example.org",
            },
        ],
    },
    {
        "acronym": "ICA",
        "intro": {
            "en": "The Institute for Connectivity in the Americas, a prospective member, promotes the use of ICT for development across the hemisphere.",
            "es": "El Instituto para la Conectividad en las Américas, miembro potencial, promueve el uso de las TIC para el desarrollo en todo el hemisferio.",
            "pt": "O Instituto para a Conectividade nas Américas, membro potencial, promove o uso das TIC para o desenvolvimento em todo o hemisfério.",
            "fr": "L'Institut pour la connectivité dans les Amériques, membre pressenti, promeut l'utilisation des TIC au service du développement dans tout l'hémisphère.",
        },
        "profile": {
            "en": [
                "ICA supports innovative projects that use connectivity to improve public services, education and local development. Its experience with pilot initiatives helps governments test new approaches before scaling them up.",
                "The institute maintains a list of experts in e-government and connectivity who can be mobilized to support countries. As a prospective member, it contributes this roster to the skills development cluster.",
            ],
            "es": [
                "El ICA apoya proyectos innovadores que utilizan la conectividad para mejorar los servicios públicos, la educación y el desarrollo local. Su experiencia con iniciativas piloto ayuda a los gobiernos a probar nuevos enfoques antes de ampliarlos.",
                "El instituto mantiene una lista de expertos en gobierno electrónico y conectividad que pueden movilizarse para apoyar a los países. Como miembro potencial, pone esta lista a disposición del clúster de desarrollo de capacidades.",
            ],
            "pt": [
                "O ICA apoia projetos inovadores que usam a conectividade para melhorar os serviços públicos, a educação e o desenvolvimento local. Sua experiência com iniciativas-piloto ajuda os governos a testar novas abordagens antes de ampliá-las.",
                "O instituto mantém uma lista de especialistas em governo eletrônico e conectividade que podem ser mobilizados para apoiar os países. Como membro potencial, disponibiliza essa lista ao cluster de desenvolvimento de competências.",
            ],
            "fr": [
                "L'ICA soutient des projets innovants qui mettent la connectivité au service des services publics, de l'éducation et du développement local. Son expérience des initiatives pilotes aide les gouvernements à tester de nouvelles approches avant de les étendre.",
                "L'institut tient une liste d'experts en administration électronique et en connectivité mobilisables pour appuyer les pays. En tant que membre pressenti, il met cette liste à la disposition du groupe thématique de développement des compétences.",
            ],
        },
        "program_managers": [
            {
                "name": "Patricia Gómez",
                "role": {
                    "en": "Program manager, connectivity and expert roster",
                    "es": "Gerente de programa, conectividad y lista de expertos",
                    "pt": "Gerente de programa, conectividade e lista de especialistas",
                    "fr": "Gestionnaire de programme, connectivité et liste d'experts",
                },
                "email": "patricia.gomez@example.org",
            },
        ],
    },
    {
        "acronym": "ECLAC",
        "intro": {
            "en": "ECLAC, a prospective member, provides regional analysis and a forum for the digital agenda of Latin America and the Caribbean.",
            "es": "La CEPAL, miembro potencial, aporta análisis regionales y un foro para la agenda digital de América Latina y el Caribe.",
            "pt": "A CEPAL, membro potencial, contribui com análises regionais e um fórum para a agenda digital da América Latina e do Caribe.",
            "fr": "La CEPALC, membre pressenti, apporte des analyses régionales et un forum pour l'agenda numérique de l'Amérique latine et des Caraïbes.",
        },
        "profile": {
            "en": [
                "ECLAC produces statistics, research and policy recommendations on the digital economy and digital government in the region. It serves as technical secretariat for the ministerial process of the Digital Agenda for Latin America and the Caribbean (eLAC).",
                "Its analysis helps governments compare progress and identify gaps in connectivity, skills and public service delivery. As a prospective member, ECLAC takes part in the country dialogue cluster.",
            ],
            "es": [
                "La CEPAL elabora estadísticas, investigaciones y recomendaciones de política sobre la economía digital y el gobierno digital en la región. Actúa como secretaría técnica del proceso ministerial de la Agenda Digital para América Latina y el Caribe (eLAC).",
                "Sus análisis ayudan a los gobiernos a comparar avances e identificar brechas en conectividad, competencias y prestación de servicios públicos. Como miembro potencial, la CEPAL participa en el clúster de diálogo con los países.",
            ],
            "pt": [
                "A CEPAL produz estatísticas, pesquisas e recomendações de políticas sobre a economia digital e o governo digital na região. Atua como secretaria técnica do processo ministerial da Agenda Digital para a América Latina e o Caribe (eLAC).",
                "Suas análises ajudam os governos a comparar avanços e identificar lacunas em conectividade, competências e prestação de serviços públicos. Como membro potencial, a CEPAL participa do cluster de diálogo com os países.",
            ],
            "fr": [
                "La CEPALC produit des statistiques, des études et des recommandations de politiques sur l'économie numérique et l'administration numérique dans la région. Elle assure le secrétariat technique du processus ministériel de l'Agenda numérique pour l'Amérique latine et les Caraïbes (eLAC).",
                "Ses analyses aident les gouvernements à comparer leurs progrès et à repérer les lacunes en matière de connectivité, de compétences et de prestation de services publics. En tant que membre pressenti, la CEPALC participe au groupe thématique de dialogue avec les pays.",
            ],
        },
        "program_managers": [
            {
                "name": "Tomás Herrera",
                "role": {
                    "en": "Program officer, digital agenda and statistics",
                    "es": "Oficial de programa, agenda digital y estadísticas",
                    "pt": "Oficial de programa, agenda digital e estatísticas",
                    "fr": "Chargé de programme, agenda numérique et statistiques",
                },
                "email": "tomas.herrera@example.org",
            },
        ],
    },
]

SERVICES = [
    {
        "slug": "dg-e-government-practice-library",
        "agency": "DG",
        "source_locale": "en",
        "modality": "knowledge_products",
        "topics": ["open-data", "measurement"],
        "countries": [
            "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU",
            "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX",
            "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE",
        ],
        "languages": ["en", "es", "pt", "fr"],
        "contact_email": "practice.library@example.org",
        "date": "2024-03-12",
        "title": {
            "en": "E-government practice library for Latin America and the Caribbean",
            "es": "Biblioteca de prácticas de gobierno electrónico para América Latina y el Caribe",
            "pt": "Biblioteca de práticas de governo eletrônico para a América Latina e o Caribe",
            "fr": "Bibliothèque de pratiques d'administration électronique pour l'Amérique latine et les Caraïbes",
        },
        "summary": {
            "en": "A curated online collection of case studies, evaluations and event conclusions that helps officials learn from e-government initiatives across the region.",
            "es": "Una colección en línea de estudios de caso, evaluaciones y conclusiones de eventos que ayuda a los funcionarios a aprender de las iniciativas de gobierno electrónico de la región.",
            "pt": "Uma coleção on-line de estudos de caso, avaliações e conclusões de eventos que ajuda os servidores a aprender com as iniciativas de governo eletrônico da região.",
            "fr": "Une collection en ligne d'études de cas, d'évaluations et de conclusions d'événements qui aide les fonctionnaires à tirer parti des initiatives d'administration électronique de la région.",
        },
        "description": {
            "en": [
                "The library brings together successful practices that can be adapted in the region, as well as lessons from initiatives that did not achieve their goals. Each entry is tagged by topic and country so that officials can quickly find relevant experience.",
                "Member agencies contribute material through the shared platform, and Development Gateway editors review it for clarity and consistency. Governments can suggest cases from their own countries through a simple online form.",
            ],
            "es": [
                "La biblioteca reúne prácticas exitosas que pueden adaptarse en la región, así como lecciones de iniciativas que no alcanzaron sus objetivos. Cada entrada está clasificada por tema y país para que los funcionarios encuentren rápidamente experiencias pertinentes.",
                "Las agencias miembro aportan material a través de la plataforma compartida y el equipo editorial de Development Gateway lo revisa para garantizar su claridad y coherencia. Los gobiernos pueden proponer casos de sus propios países mediante un sencillo formulario en línea.",
            ],
            "pt": [
                "A biblioteca reúne práticas bem-sucedidas que podem ser adaptadas na região, bem como lições de iniciativas que não alcançaram seus objetivos. Cada registro é classificado por tema e país para que os servidores encontrem rapidamente experiências relevantes.",
                "As agências-membro contribuem com material por meio da plataforma compartilhada, e a equipe editorial da Development Gateway o revisa para garantir clareza e coerência. Os governos podem sugerir casos de seus próprios países por meio de um formulário on-line simples.",
            ],
            "fr": [
                "La bibliothèque rassemble des pratiques réussies pouvant être adaptées dans la région, ainsi que les enseignements tirés d'initiatives qui n'ont pas atteint leurs objectifs. Chaque fiche est classée par thème et par pays afin que les fonctionnaires trouvent rapidement des expériences pertinentes.",
                "Les agences membres alimentent la collection par l'intermédiaire de la plateforme commune, et l'équipe éditoriale de Development Gateway en vérifie la clarté et la cohérence. Les gouvernements peuvent proposer des cas issus de leur propre pays au moyen d'un simple formulaire en ligne.",
            ],
        },
    },
    {
        "slug": "dg-open-aid-budget-dashboards",
        "agency": "DG",
        "source_locale": "en",
        "modality": "technical_assistance",
        "topics": ["open-data", "building-trust"],
        "countries": ["BO", "GT", "HN", "HT", "NI"],
        "languages": ["en", "es", "fr"],
        "contact_email": "opendata.dashboards@example.org",
        "date": "2025-06-04",
        "title": {
            "en": "Open aid and budget data dashboards",
            "es": "Tableros de datos abiertos sobre cooperación y presupuesto",
            "pt": "Painéis de dados abertos sobre cooperação e orçamento",
            "fr": "Tableaux de bord de données ouvertes sur l'aide et le budget",
        },
        "summary": {
            "en": "Technical assistance to help ministries publish aid and budget information as open data and present it in dashboards that citizens and decision makers can use.",
            "es": "Asistencia técnica para que los ministerios publiquen información sobre cooperación y presupuesto como datos abiertos y la presenten en tableros útiles para la ciudadanía y los responsables de decisiones.",
            "pt": "Assistência técnica para que os ministérios publiquem informações sobre cooperação e orçamento como dados abertos e as apresentem em painéis úteis para cidadãos e tomadores de decisão.",
            "fr": "Assistance technique pour aider les ministères à publier les informations sur l'aide et le budget sous forme de données ouvertes et à les présenter dans des tableaux de bord utiles aux citoyens et aux décideurs.",
        },
        "description": {
            "en": [
                "Development Gateway teams work alongside finance and planning ministries to map existing data sources, agree on common classifications and set up regular publication routines. The aim is to make information on external aid and public spending easier to find and compare.",
                "Once data flows are in place, the team helps design dashboards tailored to different audiences, from parliamentary committees to civil society organizations. Local staff receive hands-on coaching so that they can maintain and improve the tools on their own.",
            ],
            "es": [
                "Los equipos de Development Gateway trabajan junto a los ministerios de Hacienda y de Planificación para identificar las fuentes de datos existentes, acordar clasificaciones comunes y establecer rutinas periódicas de publicación. El objetivo es que la información sobre la cooperación externa y el gasto público sea más fácil de encontrar y comparar.",
                "Una vez establecidos los flujos de datos, el equipo ayuda a diseñar tableros adaptados a distintos públicos, desde comisiones parlamentarias hasta organizaciones de la sociedad civil. El personal local recibe acompañamiento práctico para poder mantener y mejorar las herramientas por su cuenta.",
            ],
            "pt": [
                "As equipes da Development Gateway trabalham com os ministérios da Fazenda e do Planejamento para mapear as fontes de dados existentes, definir classificações comuns e estabelecer rotinas periódicas de publicação. O objetivo é tornar as informações sobre cooperação externa e gasto público mais fáceis de encontrar e comparar.",
                "Com os fluxos de dados estabelecidos, a equipe ajuda a desenvolver painéis adaptados a diferentes públicos, de comissões parlamentares a organizações da sociedade civil. As equipes locais recebem acompanhamento prático para manter e aprimorar as ferramentas de forma autônoma.",
            ],
            "fr": [
                "Les équipes de Development Gateway travaillent aux côtés des ministères des Finances et du Plan pour recenser les sources de données existantes, adopter des nomenclatures communes et instaurer des routines de publication régulières. L'objectif est de rendre les informations sur l'aide extérieure et la dépense publique plus faciles à trouver et à comparer.",
                "Une fois les flux de données en place, l'équipe aide à concevoir des tableaux de bord adaptés à différents publics, des commissions parlementaires aux organisations de la société civile. Le personnel local bénéficie d'un accompagnement pratique pour pouvoir entretenir et améliorer les outils de manière autonome.",
            ],
        },
    },
    {
        "slug": "idb-financiamiento-identidad-digital",
        "agency": "IDB",
        "source_locale": "es",
        "modality": "financing",
        "topics": ["digital-identity", "interoperability"],
        "countries": ["AR", "BR", "CO", "DO", "EC", "PA", "PE", "PY", "UY"],
        "languages": ["es", "pt", "en"],
        "contact_email": "identidad.digital@example.org",
        "date": "2024-09-18",
        "title": {
            "en": "Financing for digital identity and interoperability",
            "es": "Financiamiento para identidad digital e interoperabilidad",
            "pt": "Financiamento para identidade digital e interoperabilidade",
            "fr": "Financement de l'identité numérique et de l'interopérabilité",
        },
        "summary": {
            "en": "Loans and technical cooperation grants that help countries deploy secure digital identity systems and interoperability platforms that simplify government procedures.",
            "es": "Préstamos y cooperaciones técnicas para que los países implanten sistemas de identidad digital seguros y plataformas de interoperabilidad que simplifiquen los trámites.",
            "pt": "Empréstimos e cooperações técnicas para que os países implantem sistemas seguros de identidade digital e plataformas de interoperabilidade que simplifiquem os serviços públicos.",
            "fr": "Prêts et coopérations techniques pour aider les pays à déployer des systèmes d'identité numérique sûrs et des plateformes d'interopérabilité qui simplifient les démarches administratives.",
        },
        "description": {
            "en": [
                "The IDB offers financing to governments that want to create or expand digital identity systems and data exchange platforms between public agencies. Operations can include modernizing civil registries, adopting electronic signatures and bringing services together in one-stop shops.",
                "Each operation comes with technical support on personal data protection, cybersecurity and institutional change management. Bank teams work with national authorities to make the solutions inclusive, so that they also reach rural communities and people with limited digital skills.",
            ],
            "es": [
                "El BID ofrece financiamiento a los gobiernos que desean crear o ampliar sistemas de identidad digital y plataformas de intercambio de datos entre entidades públicas. Las operaciones pueden incluir la modernización de los registros civiles, la adopción de firmas electrónicas y la integración de servicios en ventanillas únicas.",
                "Cada operación se acompaña de apoyo técnico en protección de datos personales, ciberseguridad y gestión del cambio institucional. Los equipos del Banco colaboran con las autoridades nacionales para que las soluciones sean inclusivas y lleguen también a la población rural y a las personas con menor alfabetización digital.",
            ],
            "pt": [
                "O BID oferece financiamento aos governos que desejam criar ou ampliar sistemas de identidade digital e plataformas de troca de dados entre órgãos públicos. As operações podem incluir a modernização dos registros civis, a adoção de assinaturas eletrônicas e a integração de serviços em balcões únicos de atendimento.",
                "Cada operação é acompanhada de apoio técnico em proteção de dados pessoais, segurança cibernética e gestão da mudança institucional. As equipes do Banco colaboram com as autoridades nacionais para que as soluções sejam inclusivas e cheguem também à população rural e às pessoas com menor letramento digital.",
            ],
            "fr": [
                "La BID propose des financements aux gouvernements qui souhaitent créer ou étendre des systèmes d'identité numérique et des plateformes d'échange de données entre organismes publics. Les opérations peuvent porter sur la modernisation de l'état civil, l'adoption de la signature électronique et le regroupement des services dans des guichets uniques.",
                "Chaque opération s'accompagne d'un appui technique en matière de protection des données personnelles, de cybersécurité et de conduite du changement institutionnel. Les équipes de la Banque collaborent avec les autorités nationales pour que les solutions soient inclusives et atteignent aussi les populations rurales et les personnes peu familiarisées avec le numérique.",
            ],
        },
    },
    {
        "slug": "idb-asesoria-estrategias-gobierno-digital",
        "agency": "IDB",
        "source_locale": "es",
        "modality": "policy_advice",
        "topics": ["policy-planning", "legal-regulatory"],
        "countries": ["BB", "CL", "CO", "CR", "JM", "MX", "PE", "UY"],
        "languages": ["es", "en"],
        "contact_email": "estrategias.digitales@example.org",
        "date": "2025-02-10",
        "title": {
            "en": "Advisory support for national digital government strategies",
            "es": "Asesoría para estrategias nacionales de gobierno digital",
            "pt": "Assessoria para estratégias nacionais de governo digital",
            "fr": "Conseil pour les stratégies nationales d'administration numérique",
        },
        "summary": {
            "en": "Support for national authorities as they design, update and monitor their digital government strategies, informed by the regional policy dialogue.",
            "es": "Acompañamiento a las autoridades nacionales en el diseño, la actualización y el seguimiento de sus estrategias de gobierno digital, con base en el diálogo regional de políticas.",
            "pt": "Apoio às autoridades nacionais na elaboração, atualização e acompanhamento de suas estratégias de governo digital, com base no diálogo regional sobre políticas.",
            "fr": "Accompagnement des autorités nationales dans la conception, la mise à jour et le suivi de leurs stratégies d'administration numérique, en s'appuyant sur le dialogue régional sur les politiques.",
        },
        "description": {
            "en": [
                "At the request of governments, IDB specialists review the existing policy framework, institutional capacities and priorities for services to citizens. Based on this diagnosis, they propose roadmaps with realistic targets and clear governance arrangements.",
                "The service is linked to the Task Force's policy planning consultative process, so that lessons from other countries in the region feed into the advice. It also includes recommendations on the regulatory adjustments needed to carry out the strategy.",
            ],
            "es": [
                "A solicitud de los gobiernos, especialistas del BID revisan el marco de políticas vigente, las capacidades institucionales y las prioridades de servicio a la ciudadanía. A partir de ese diagnóstico, proponen hojas de ruta con metas realistas y mecanismos claros de gobernanza.",
                "El servicio se vincula con el proceso consultivo de planificación de políticas del Grupo de Trabajo, de modo que las lecciones de otros países de la región se incorporen al asesoramiento. También incluye recomendaciones sobre los ajustes normativos necesarios para ejecutar la estrategia.",
            ],
            "pt": [
                "A pedido dos governos, especialistas do BID analisam o marco de políticas vigente, as capacidades institucionais e as prioridades de atendimento ao cidadão. Com base nesse diagnóstico, propõem roteiros com metas realistas e mecanismos claros de governança.",
                "O serviço está vinculado ao processo consultivo de planejamento de políticas da Força-Tarefa, de modo que as lições de outros países da região sejam incorporadas à assessoria. Também inclui recomendações sobre os ajustes normativos necessários para executar a estratégia.",
            ],
            "fr": [
                "À la demande des gouvernements, des spécialistes de la BID examinent le cadre politique en vigueur, les capacités institutionnelles et les priorités en matière de services aux citoyens. Sur la base de ce diagnostic, ils proposent des feuilles de route assorties d'objectifs réalistes et de mécanismes de gouvernance clairs.",
                "Ce service est relié au processus consultatif de planification des politiques du Groupe de travail, afin que les enseignements tirés d'autres pays de la région nourrissent les conseils prodigués. Il comprend également des recommandations sur les ajustements réglementaires nécessaires à la mise en œuvre de la stratégie.",
            ],
        },
    },
    {
        "slug": "idb-modernizacion-compras-publicas",
        "agency": "IDB",
        "source_locale": "es",
        "modality": "technical_assistance",
        "topics": ["e-procurement", "building-trust", "open-data"],
        "countries": ["CR", "DO", "GT", "HN", "NI", "PA", "SV"],
        "languages": ["es", "en"],
        "contact_email": "compras.publicas@example.org",
        "date": "2026-01-20",
        "title": {
            "en": "Modernizing electronic public procurement",
            "es": "Modernización de las compras públicas electrónicas",
            "pt": "Modernização das compras públicas eletrônicas",
            "fr": "Modernisation des marchés publics électroniques",
        },
        "summary": {
            "en": "Technical assistance to strengthen electronic procurement systems, make public contracting more transparent and broaden supplier participation.",
            "es": "Asistencia técnica para fortalecer los sistemas electrónicos de compras públicas, mejorar la transparencia de las contrataciones y ampliar la participación de proveedores.",
            "pt": "Assistência técnica para fortalecer os sistemas eletrônicos de compras públicas, aumentar a transparência das contratações e ampliar a participação de fornecedores.",
            "fr": "Assistance technique pour renforcer les systèmes de passation électronique des marchés, rendre la commande publique plus transparente et élargir la participation des fournisseurs.",
        },
        "description": {
            "en": [
                "The IDB supports public procurement agencies in assessing their platforms and processes, from procurement planning to contract management. Recommendations aim to cut red tape, standardize documents and make it easier for small businesses to take part.",
                "The service also promotes the publication of contracting data in open formats so that citizens and oversight bodies can follow how resources are used. It is complemented by training for public buyers and suppliers.",
            ],
            "es": [
                "El BID apoya a las agencias de compras públicas en la evaluación de sus plataformas y procesos, desde la planificación de las adquisiciones hasta la gestión de los contratos. Las recomendaciones se orientan a reducir trámites, estandarizar documentos y facilitar el acceso de las pequeñas empresas.",
                "El servicio también promueve la publicación de datos de contrataciones en formatos abiertos para que la ciudadanía y los órganos de control puedan seguir el uso de los recursos. Se complementa con capacitación para compradores públicos y proveedores.",
            ],
            "pt": [
                "O BID apoia as agências de compras públicas na avaliação de suas plataformas e processos, do planejamento das aquisições à gestão dos contratos. As recomendações buscam reduzir a burocracia, padronizar documentos e facilitar o acesso das pequenas empresas.",
                "O serviço também promove a publicação de dados de contratações em formatos abertos, para que os cidadãos e os órgãos de controle possam acompanhar o uso dos recursos. É complementado por capacitação para compradores públicos e fornecedores.",
            ],
            "fr": [
                "La BID aide les agences chargées des achats publics à évaluer leurs plateformes et leurs procédures, de la planification des acquisitions à la gestion des contrats. Les recommandations visent à alléger les formalités, à normaliser les documents et à faciliter l'accès des petites entreprises.",
                "Le service encourage aussi la publication des données relatives aux marchés dans des formats ouverts, afin que les citoyens et les organes de contrôle puissent suivre l'utilisation des ressources. Il est complété par des formations destinées aux acheteurs publics et aux fournisseurs.",
            ],
        },
    },
    {
        "slug": "oas-curso-liderazgo-gobierno-electronico",
        "agency": "OAS",
        "source_locale": "es",
        "modality": "training",
        "topics": ["skills-development", "policy-planning"],
        "countries": [
            "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU",
            "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX",
            "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE",
        ],
        "languages": ["es", "en", "pt", "fr"],
        "contact_email": "liderazgo.egov@example.org",
        "date": "2024-05-27",
        "title": {
            "en": "E-government leadership course",
            "es": "Curso de liderazgo en gobierno electrónico",
            "pt": "Curso de liderança em governo eletrônico",
            "fr": "Cours de leadership en administration électronique",
        },
        "summary": {
            "en": "A tutored online course for officials who lead e-government projects, focusing on strategic planning and change management.",
            "es": "Curso virtual con tutoría para funcionarios que dirigen proyectos de gobierno electrónico, centrado en la planificación estratégica y la gestión del cambio.",
            "pt": "Curso virtual com tutoria para servidores que lideram projetos de governo eletrônico, com foco em planejamento estratégico e gestão da mudança.",
            "fr": "Cours en ligne avec tutorat destiné aux fonctionnaires qui dirigent des projets d'administration électronique, axé sur la planification stratégique et la conduite du changement.",
        },
        "description": {
            "en": [
                "The course combines online modules, case studies from the region and a final project that each participant applies in their own institution. It is aimed at middle and senior managers who coordinate state modernization initiatives.",
                "Editions are offered in Spanish, English, Portuguese and French, with tutors who know the context of the participating countries. Graduates join a community of practice linked to Red GEALC so that they can keep sharing experience.",
            ],
            "es": [
                "El curso combina módulos en línea, estudios de caso de la región y un proyecto final que cada participante aplica en su propia institución. Está dirigido a mandos medios y directivos que coordinan iniciativas de modernización del Estado.",
                "Las ediciones se ofrecen en español, inglés, portugués y francés, con tutores que conocen la realidad de los países participantes. Los egresados se integran a una comunidad de práctica vinculada a la Red GEALC para seguir intercambiando experiencias.",
            ],
            "pt": [
                "O curso combina módulos on-line, estudos de caso da região e um projeto final que cada participante aplica em sua própria instituição. É voltado para gerentes e dirigentes que coordenam iniciativas de modernização do Estado.",
                "As edições são oferecidas em espanhol, inglês, português e francês, com tutores que conhecem a realidade dos países participantes. Os egressos passam a integrar uma comunidade de prática vinculada à Rede GEALC para continuar trocando experiências.",
            ],
            "fr": [
                "Le cours associe des modules en ligne, des études de cas régionales et un projet final que chaque participant met en œuvre dans sa propre institution. Il s'adresse aux cadres intermédiaires et supérieurs qui coordonnent des initiatives de modernisation de l'État.",
                "Les sessions sont proposées en espagnol, en anglais, en portugais et en français, avec des tuteurs qui connaissent la réalité des pays participants. Les diplômés rejoignent une communauté de pratique liée au Red GEALC afin de poursuivre leurs échanges d'expériences.",
            ],
        },
    },
    {
        "slug": "oas-red-gealc-expert-exchanges",
        "agency": "OAS",
        "source_locale": "en",
        "modality": "technical_assistance",
        "topics": ["interoperability", "e-participation"],
        "countries": ["AG", "BZ", "DM", "GD", "GY", "KN", "LC", "SR", "TT", "VC"],
        "languages": ["en", "es", "fr"],
        "contact_email": "gealc.exchanges@example.org",
        "date": "2025-10-08",
        "title": {
            "en": "Red GEALC expert exchanges",
            "es": "Intercambios de expertos de la Red GEALC",
            "pt": "Intercâmbios de especialistas da Rede GEALC",
            "fr": "Échanges d'experts du Red GEALC",
        },
        "summary": {
            "en": "Short missions in which e-government specialists from one country advise peers in another on interoperability, online services or citizen participation.",
            "es": "Misiones breves en las que especialistas en gobierno electrónico de un país asesoran a sus pares de otro en interoperabilidad, servicios en línea o participación ciudadana.",
            "pt": "Missões curtas nas quais especialistas em governo eletrônico de um país assessoram seus pares de outro em interoperabilidade, serviços on-line ou participação cidadã.",
            "fr": "Missions courtes au cours desquelles des spécialistes de l'administration électronique d'un pays conseillent leurs homologues d'un autre pays en matière d'interopérabilité, de services en ligne ou de participation citoyenne.",
        },
        "description": {
            "en": [
                "Through Red GEALC, the OAS helps national e-government authorities request targeted support from counterparts who have already tackled similar challenges. A typical exchange involves a few days of on-site work followed by remote follow-up.",
                "This edition gives priority to small island and coastal states in the Caribbean, where peer learning can be especially cost-effective. Results and materials from each exchange are shared on the Task Force platform for other countries to reuse.",
            ],
            "es": [
                "A través de la Red GEALC, la OEA ayuda a las autoridades nacionales de gobierno electrónico a solicitar apoyo específico a homólogos que ya han enfrentado desafíos similares. Un intercambio típico consiste en unos días de trabajo presencial seguidos de un acompañamiento a distancia.",
                "Esta edición da prioridad a los pequeños Estados insulares y costeros del Caribe, donde el aprendizaje entre pares puede resultar especialmente costo-eficiente. Los resultados y materiales de cada intercambio se comparten en la plataforma del Grupo de Trabajo para que otros países puedan reutilizarlos.",
            ],
            "pt": [
                "Por meio da Rede GEALC, a OEA ajuda as autoridades nacionais de governo eletrônico a solicitar apoio específico a homólogos que já enfrentaram desafios semelhantes. Um intercâmbio típico envolve alguns dias de trabalho presencial, seguidos de acompanhamento a distância.",
                "Esta edição dá prioridade aos pequenos Estados insulares e costeiros do Caribe, onde a aprendizagem entre pares pode ter uma excelente relação custo-benefício. Os resultados e materiais de cada intercâmbio são compartilhados na plataforma da Força-Tarefa para que outros países possam reutilizá-los.",
            ],
            "fr": [
                "Par l'intermédiaire du Red GEALC, l'OEA aide les autorités nationales de l'administration électronique à solliciter un appui ciblé auprès d'homologues ayant déjà relevé des défis similaires. Un échange type comprend quelques jours de travail sur place, suivis d'un accompagnement à distance.",
                "Cette édition donne la priorité aux petits États insulaires et côtiers des Caraïbes, où l'apprentissage entre pairs peut s'avérer particulièrement rentable. Les résultats et les supports de chaque échange sont partagés sur la plateforme du Groupe de travail afin que d'autres pays puissent les réutiliser.",
            ],
        },
    },
    {
        "slug": "oas-talleres-datos-abiertos-participacion",
        "agency": "OAS",
        "source_locale": "es",
        "modality": "training",
        "topics": ["open-data", "e-participation", "building-trust"],
        "countries": ["CR", "DO", "EC", "GT", "HN", "PA", "SV"],
        "languages": ["es"],
        "contact_email": "datos.abiertos@example.org",
        "date": "2026-04-15",
        "title": {
            "en": "Open data and citizen participation workshops",
            "es": "Talleres de datos abiertos y participación ciudadana",
            "pt": "Oficinas de dados abertos e participação cidadã",
            "fr": "Ateliers sur les données ouvertes et la participation citoyenne",
        },
        "summary": {
            "en": "In-person workshops for government teams that want to open public data and create digital channels for consulting citizens.",
            "es": "Talleres presenciales para equipos de gobierno que desean abrir datos públicos y crear canales digitales de consulta con la ciudadanía.",
            "pt": "Oficinas presenciais para equipes de governo que desejam abrir dados públicos e criar canais digitais de consulta aos cidadãos.",
            "fr": "Ateliers en présentiel destinés aux équipes gouvernementales qui souhaitent ouvrir les données publiques et créer des canaux numériques de consultation des citoyens.",
        },
        "description": {
            "en": [
                "The workshops cover choosing priority datasets, open licenses, data quality and collaboration with journalists, universities and community organizations. Participants work with real examples from their own institutions.",
                "A second session is devoted to designing online consultations and feedback mechanisms that strengthen citizens' trust. At the end, each team drafts a short action plan that the OAS follows up on over the following months.",
            ],
            "es": [
                "Los talleres abordan la selección de conjuntos de datos prioritarios, las licencias abiertas, la calidad de los datos y la colaboración con periodistas, universidades y organizaciones sociales. Se trabaja con ejemplos reales de las instituciones participantes.",
                "Una segunda sesión se dedica a diseñar consultas en línea y mecanismos de retroalimentación que fortalezcan la confianza de la ciudadanía. Al final, cada equipo elabora un plan de acción breve que la OEA acompaña durante los meses siguientes.",
            ],
            "pt": [
                "As oficinas tratam da seleção de conjuntos de dados prioritários, das licenças abertas, da qualidade dos dados e da colaboração com jornalistas, universidades e organizações sociais. O trabalho é feito com exemplos reais das instituições participantes.",
                "Uma segunda sessão é dedicada a planejar consultas on-line e mecanismos de retorno que fortaleçam a confiança dos cidadãos. Ao final, cada equipe elabora um breve plano de ação, que a OEA acompanha nos meses seguintes.",
            ],
            "fr": [
                "Les ateliers portent sur le choix des jeux de données prioritaires, les licences ouvertes, la qualité des données et la collaboration avec les journalistes, les universités et les associations. Les participants travaillent sur des exemples concrets issus de leurs propres institutions.",
                "Une seconde séance est consacrée à la conception de consultations en ligne et de mécanismes de retour d'information qui renforcent la confiance des citoyens. À l'issue de l'atelier, chaque équipe rédige un bref plan d'action dont l'OEA assure le suivi au cours des mois suivants.",
            ],
        },
    },
    {
        "slug": "undesa-e-government-survey-briefings",
        "agency": "UNDESA",
        "source_locale": "en",
        "modality": "knowledge_products",
        "topics": ["measurement", "policy-planning"],
        "countries": [
            "AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU",
            "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX",
            "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR", "TT", "UY", "VE",
        ],
        "languages": ["en", "es", "pt", "fr"],
        "contact_email": "survey.briefings@example.org",
        "date": "2024-11-05",
        "title": {
            "en": "E-government survey briefings for Latin America and the Caribbean",
            "es": "Reseñas de la encuesta de gobierno electrónico para América Latina y el Caribe",
            "pt": "Resumos da pesquisa de governo eletrônico para a América Latina e o Caribe",
            "fr": "Notes sur l'enquête relative à l'administration électronique pour l'Amérique latine et les Caraïbes",
        },
        "summary": {
            "en": "Country and regional briefings that explain the findings of the United Nations E-Government Survey and suggest practical next steps.",
            "es": "Reseñas nacionales y regionales que explican los resultados de la Encuesta de Gobierno Electrónico de las Naciones Unidas y sugieren próximos pasos concretos.",
            "pt": "Resumos nacionais e regionais que explicam os resultados da Pesquisa de Governo Eletrônico das Nações Unidas e sugerem próximos passos concretos.",
            "fr": "Notes nationales et régionales qui expliquent les résultats de l'Enquête des Nations Unies sur l'administration électronique et proposent des pistes d'action concrètes.",
        },
        "description": {
            "en": [
                "UN DESA prepares short briefings that place each country's results in a regional perspective and explain the indicators behind them. The documents highlight strengths, gaps and examples from comparable countries.",
                "Briefings are presented in webinars for national e-government teams and statistical offices. They also help governments prepare the information they submit for future editions of the survey.",
            ],
            "es": [
                "El DAES elabora reseñas breves que sitúan los resultados de cada país en una perspectiva regional y explican los indicadores en los que se basan. Los documentos destacan fortalezas, brechas y ejemplos de países comparables.",
                "Las reseñas se presentan en seminarios web dirigidos a los equipos nacionales de gobierno electrónico y a las oficinas de estadística. También ayudan a los gobiernos a preparar la información que aportan para las próximas ediciones de la encuesta.",
            ],
            "pt": [
                "O DESA elabora resumos curtos que situam os resultados de cada país em uma perspectiva regional e explicam os indicadores em que se baseiam. Os documentos destacam pontos fortes, lacunas e exemplos de países comparáveis.",
                "Os resumos são apresentados em webinários para as equipes nacionais de governo eletrônico e os institutos de estatística. Também ajudam os governos a preparar as informações que fornecem para as próximas edições da pesquisa.",
            ],
            "fr": [
                "Le DAES rédige de courtes notes qui replacent les résultats de chaque pays dans une perspective régionale et expliquent les indicateurs sur lesquels ils reposent. Les documents mettent en évidence les points forts, les lacunes et des exemples tirés de pays comparables.",
                "Les notes sont présentées lors de webinaires destinés aux équipes nationales chargées de l'administration électronique et aux instituts statistiques. Elles aident aussi les gouvernements à préparer les informations qu'ils communiquent pour les prochaines éditions de l'enquête.",
            ],
        },
    },
    {
        "slug": "undesa-change-management-training",
        "agency": "UNDESA",
        "source_locale": "en",
        "modality": "training",
        "topics": ["skills-development", "building-trust"],
        "countries": ["BB", "BO", "BS", "DO", "HT", "JM", "PY", "TT"],
        "languages": ["en", "es", "fr"],
        "contact_email": "change.leadership@example.org",
        "date": "2025-04-22",
        "title": {
            "en": "Change management training for public sector leaders",
            "es": "Capacitación en gestión del cambio para líderes del sector público",
            "pt": "Capacitação em gestão da mudança para líderes do setor público",
            "fr": "Formation à la conduite du changement pour les dirigeants du secteur public",
        },
        "summary": {
            "en": "Interactive training based on a UN DESA toolkit that helps senior officials lead digital transformation while keeping staff and citizens on board.",
            "es": "Capacitación interactiva basada en una guía del DAES que ayuda a los altos funcionarios a liderar la transformación digital con el apoyo del personal y de la ciudadanía.",
            "pt": "Capacitação interativa baseada em um guia do DESA que ajuda altos funcionários a liderar a transformação digital com o engajamento das equipes e dos cidadãos.",
            "fr": "Formation interactive fondée sur un guide du DAES qui aide les hauts fonctionnaires à conduire la transformation numérique en associant le personnel et les citoyens.",
        },
        "description": {
            "en": [
                "The training uses self-assessment exercises, scenarios and peer discussion to help leaders understand how digital projects change roles, processes and organizational culture. Participants learn to anticipate resistance and communicate the benefits of reform.",
                "Sessions are delivered in cooperation with national schools of public administration so that they can be repeated locally. Experts from the roster of the Institute for Connectivity in the Americas may join as facilitators.",
            ],
            "es": [
                "La capacitación utiliza ejercicios de autoevaluación, escenarios y debates entre pares para ayudar a los líderes a comprender cómo los proyectos digitales transforman funciones, procesos y cultura organizacional. Los participantes aprenden a anticipar resistencias y a comunicar los beneficios de la reforma.",
                "Las sesiones se imparten en cooperación con las escuelas nacionales de administración pública para que puedan replicarse a nivel local. Expertos de la lista del Instituto para la Conectividad en las Américas pueden participar como facilitadores.",
            ],
            "pt": [
                "A capacitação utiliza exercícios de autoavaliação, cenários e debates entre pares para ajudar os líderes a entender como os projetos digitais transformam funções, processos e cultura organizacional. Os participantes aprendem a antecipar resistências e a comunicar os benefícios da reforma.",
                "As sessões são realizadas em cooperação com as escolas nacionais de administração pública, para que possam ser replicadas localmente. Especialistas da lista do Instituto para a Conectividade nas Américas podem participar como facilitadores.",
            ],
            "fr": [
                "La formation s'appuie sur des exercices d'autoévaluation, des mises en situation et des échanges entre pairs pour aider les dirigeants à comprendre comment les projets numériques transforment les fonctions, les processus et la culture organisationnelle. Les participants apprennent à anticiper les résistances et à faire valoir les bénéfices de la réforme.",
                "Les sessions sont organisées en coopération avec les écoles nationales d'administration publique afin de pouvoir être reproduites localement. Des experts figurant sur la liste de l'Institut pour la connectivité dans les Amériques peuvent y participer en tant qu'animateurs.",
            ],
        },
    },
    {
        "slug": "wb-govtech-investment-financing",
        "agency": "WB",
        "source_locale": "en",
        "modality": "financing",
        "topics": ["interoperability", "digital-identity", "connectivity"],
        "countries": ["AR", "BR", "CO", "EC", "HT", "JM", "MX", "PE"],
        "languages": ["en", "es", "pt", "fr"],
        "contact_email": "govtech.lac@example.org",
        "date": "2026-03-03",
        "title": {
            "en": "GovTech investment financing",
            "es": "Financiamiento de inversiones GovTech",
            "pt": "Financiamento de investimentos em GovTech",
            "fr": "Financement des investissements GovTech",
        },
        "summary": {
            "en": "World Bank financing for digital public infrastructure, including shared identity, data exchange and connectivity for public offices in underserved areas.",
            "es": "Financiamiento del Banco Mundial para infraestructura pública digital, que incluye identidad compartida, intercambio de datos y conectividad para oficinas públicas en zonas desatendidas.",
            "pt": "Financiamento do Banco Mundial para infraestrutura pública digital, incluindo identidade compartilhada, troca de dados e conectividade para repartições públicas em áreas mal atendidas.",
            "fr": "Financement de la Banque mondiale pour l'infrastructure publique numérique, notamment l'identité partagée, l'échange de données et la connectivité des services publics dans les zones mal desservies.",
        },
        "description": {
            "en": [
                "The World Bank finances multi-year programs that build the shared foundations of digital government, such as identification systems, data exchange layers and secure government networks. Investments are sequenced so that early results benefit citizens while longer-term reforms take hold.",
                "Programs include support for connecting schools, health centers and municipal offices in rural areas, together with digital skills training for the staff who serve the public there. Each operation is prepared in coordination with other Task Force members to avoid overlaps.",
            ],
            "es": [
                "El Banco Mundial financia programas plurianuales que construyen las bases comunes del gobierno digital, como los sistemas de identificación, las capas de intercambio de datos y las redes gubernamentales seguras. Las inversiones se escalonan para que los primeros resultados beneficien a la ciudadanía mientras se consolidan las reformas de largo plazo.",
                "Los programas incluyen apoyo para conectar escuelas, centros de salud y oficinas municipales en zonas rurales, junto con formación en competencias digitales para el personal que atiende al público. Cada operación se prepara en coordinación con los demás miembros del Grupo de Trabajo para evitar superposiciones.",
            ],
            "pt": [
                "O Banco Mundial financia programas plurianuais que constroem as bases comuns do governo digital, como sistemas de identificação, camadas de troca de dados e redes governamentais seguras. Os investimentos são escalonados para que os primeiros resultados beneficiem os cidadãos enquanto as reformas de longo prazo se consolidam.",
                "Os programas incluem apoio para conectar escolas, unidades de saúde e repartições municipais em áreas rurais, além de capacitação em competências digitais para os servidores que atendem ao público. Cada operação é preparada em coordenação com os demais membros da Força-Tarefa para evitar sobreposições.",
            ],
            "fr": [
                "La Banque mondiale finance des programmes pluriannuels qui posent les fondations communes de l'administration numérique, telles que les systèmes d'identification, les couches d'échange de données et les réseaux gouvernementaux sécurisés. Les investissements sont échelonnés afin que les premiers résultats profitent aux citoyens pendant que les réformes de long terme se consolident.",
                "Les programmes comprennent un appui au raccordement des écoles, des centres de santé et des services municipaux en zone rurale, ainsi qu'une formation aux compétences numériques pour le personnel en contact avec le public. Chaque opération est préparée en coordination avec les autres membres du Groupe de travail afin d'éviter les chevauchements.",
            ],
        },
    },
    {
        "slug": "wb-asesoria-marcos-legales-digitales",
        "agency": "WB",
        "source_locale": "es",
        "modality": "policy_advice",
        "topics": ["legal-regulatory", "digital-identity"],
        "countries": ["BO", "CL", "CR", "GY", "PY", "SV", "UY"],
        "languages": ["es", "en"],
        "contact_email": "marcos.legales@example.org",
        "date": "2025-08-19",
        "title": {
            "en": "Advice on legal frameworks for digital transformation",
            "es": "Asesoría sobre marcos legales para la transformación digital",
            "pt": "Assessoria sobre marcos legais para a transformação digital",
            "fr": "Conseil sur les cadres juridiques de la transformation numérique",
        },
        "summary": {
            "en": "Advice for governments reviewing laws on electronic signatures, data protection, access to information and digital records in public administration.",
            "es": "Asesoría a gobiernos que revisan leyes sobre firma electrónica, protección de datos, acceso a la información y documentos digitales en la administración pública.",
            "pt": "Assessoria a governos que revisam leis sobre assinatura eletrônica, proteção de dados, acesso à informação e documentos digitais na administração pública.",
            "fr": "Conseil aux gouvernements qui révisent leur législation sur la signature électronique, la protection des données, l'accès à l'information et les documents numériques dans l'administration publique.",
        },
        "description": {
            "en": [
                "World Bank specialists analyze the existing legal framework and point out the gaps that hinder digital service delivery, such as the lack of legal validity for electronic documents. Recommendations draw on comparative experience from the region and other parts of the world.",
                "The service supports legislative teams and digital government authorities in drafting regulations and consulting stakeholders. Particular attention is paid to people's rights and to digital identity.",
            ],
            "es": [
                "Especialistas del Banco Mundial analizan el marco jurídico vigente y señalan los vacíos que dificultan la prestación de servicios digitales, como la falta de validez legal de los documentos electrónicos. Las recomendaciones se basan en experiencias comparadas de la región y de otras partes del mundo.",
                "El servicio acompaña a los equipos legislativos y a las autoridades de gobierno digital en la redacción de proyectos normativos y en las consultas con las partes interesadas. Se presta especial atención a los derechos de las personas y a la identidad digital.",
            ],
            "pt": [
                "Especialistas do Banco Mundial analisam o marco jurídico vigente e apontam as lacunas que dificultam a prestação de serviços digitais, como a falta de validade jurídica dos documentos eletrônicos. As recomendações se baseiam em experiências comparadas da região e de outras partes do mundo.",
                "O serviço apoia as equipes legislativas e as autoridades de governo digital na redação de propostas normativas e nas consultas às partes interessadas. Atenção especial é dada aos direitos das pessoas e à identidade digital.",
            ],
            "fr": [
                "Les spécialistes de la Banque mondiale analysent le cadre juridique en vigueur et repèrent les lacunes qui freinent la prestation de services numériques, comme l'absence de valeur juridique des documents électroniques. Les recommandations s'appuient sur des expériences comparées de la région et d'autres parties du monde.",
                "Le service accompagne les équipes législatives et les autorités chargées de l'administration numérique dans la rédaction de textes réglementaires et la consultation des parties prenantes. Une attention particulière est portée aux droits des personnes et à l'identité numérique.",
            ],
        },
    },
]
