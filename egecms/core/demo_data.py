"""Illustrative demo content for ``manage.py load_demo``: agencies and topics.

The data below is sample content for the EgE Inter-Agency Task Force platform.
It describes the member and prospective agencies and the thematic topics in
general, illustrative terms. Every human-readable text is provided in the four
site locales (en, es, pt, fr).
"""

from __future__ import annotations

AGENCIES = [
    {
        "acronym": "DG",
        "name": {
            "en": "Development Gateway Foundation",
            "es": "Fundación Development Gateway",
            "pt": "Fundação Development Gateway",
            "fr": "Fondation Development Gateway",
        },
        "status": "member",
        "website": "https://www.developmentgateway.org",
        "summary": {
            "en": "Convenes the Task Force and runs the shared online platform where member agencies and governments across Latin America and the Caribbean exchange e-government knowledge, practices and event information.",
            "es": "Convoca al Grupo de Trabajo y administra la plataforma en línea compartida donde las agencias miembro y los gobiernos de América Latina y el Caribe intercambian conocimientos, prácticas e información sobre eventos de gobierno electrónico.",
            "pt": "Convoca a Força-Tarefa e administra a plataforma on-line compartilhada na qual as agências-membro e os governos da América Latina e do Caribe trocam conhecimentos, práticas e informações sobre eventos de governo eletrônico.",
            "fr": "Réunit le Groupe de travail et gère la plateforme en ligne commune où les agences membres et les gouvernements d'Amérique latine et des Caraïbes partagent connaissances, pratiques et informations sur les événements liés à l'administration électronique.",
        },
    },
    {
        "acronym": "IDB",
        "name": {
            "en": "Inter-American Development Bank",
            "es": "Banco Interamericano de Desarrollo",
            "pt": "Banco Interamericano de Desenvolvimento",
            "fr": "Banque interaméricaine de développement",
        },
        "status": "member",
        "website": "https://www.iadb.org",
        "summary": {
            "en": "Finances and advises on public-sector digital transformation programs in its borrowing member countries and leads the Task Force's policy planning consultative process.",
            "es": "Financia y asesora programas de transformación digital del sector público en sus países miembros prestatarios y lidera el proceso consultivo de planificación de políticas del Grupo de Trabajo.",
            "pt": "Financia e assessora programas de transformação digital do setor público em seus países-membros mutuários e lidera o processo consultivo de planejamento de políticas da Força-Tarefa.",
            "fr": "Finance et conseille des programmes de transformation numérique du secteur public dans ses pays membres emprunteurs et pilote le processus consultatif de planification des politiques du Groupe de travail.",
        },
    },
    {
        "acronym": "OAS",
        "name": {
            "en": "Organization of American States",
            "es": "Organización de los Estados Americanos",
            "pt": "Organização dos Estados Americanos",
            "fr": "Organisation des États Américains",
        },
        "status": "member",
        "website": "https://www.oas.org",
        "summary": {
            "en": "Supports the e-government agendas of its member states through the Red GEALC network of national e-government authorities and an established program of training workshops.",
            "es": "Apoya las agendas de gobierno electrónico de sus Estados miembros a través de la Red GEALC de autoridades nacionales de gobierno electrónico y de un programa consolidado de talleres de capacitación.",
            "pt": "Apoia as agendas de governo eletrônico de seus Estados membros por meio da Rede GEALC de autoridades nacionais de governo eletrônico e de um programa consolidado de oficinas de capacitação.",
            "fr": "Soutient les programmes d'administration électronique de ses États membres grâce au réseau GEALC des autorités nationales chargées du numérique public et à un programme établi d'ateliers de formation.",
        },
    },
    {
        "acronym": "UNDESA",
        "name": {
            "en": "United Nations Department of Economic and Social Affairs",
            "es": "Departamento de Asuntos Económicos y Sociales de las Naciones Unidas",
            "pt": "Departamento de Assuntos Econômicos e Sociais das Nações Unidas",
            "fr": "Département des affaires économiques et sociales des Nations Unies",
        },
        "status": "member",
        "website": "https://www.un.org/en/desa",
        "summary": {
            "en": "Contributes policy analysis, international benchmarking and capacity development on digital government to help public administrations in Latin America and the Caribbean strengthen their institutions.",
            "es": "Aporta análisis de políticas, comparaciones internacionales y desarrollo de capacidades en materia de gobierno digital para ayudar a las administraciones públicas de América Latina y el Caribe a fortalecer sus instituciones.",
            "pt": "Contribui com análise de políticas, comparações internacionais e desenvolvimento de capacidades em governo digital para ajudar as administrações públicas da América Latina e do Caribe a fortalecer suas instituições.",
            "fr": "Apporte analyses de politiques, comparaisons internationales et renforcement des capacités en matière d'administration numérique afin d'aider les administrations publiques d'Amérique latine et des Caraïbes à consolider leurs institutions.",
        },
    },
    {
        "acronym": "WB",
        "name": {
            "en": "World Bank",
            "es": "Banco Mundial",
            "pt": "Banco Mundial",
            "fr": "Banque mondiale",
        },
        "status": "member",
        "website": "https://www.worldbank.org",
        "summary": {
            "en": "Supports governments in Latin America and the Caribbean with lending, analytics and technical assistance for digital public services, public financial management and GovTech reforms.",
            "es": "Apoya a los gobiernos de América Latina y el Caribe con financiamiento, estudios analíticos y asistencia técnica para servicios públicos digitales, gestión de las finanzas públicas y reformas GovTech.",
            "pt": "Apoia os governos da América Latina e do Caribe com financiamento, estudos analíticos e assistência técnica para serviços públicos digitais, gestão das finanças públicas e reformas de GovTech.",
            "fr": "Accompagne les gouvernements d'Amérique latine et des Caraïbes par des financements, des travaux analytiques et une assistance technique en faveur des services publics numériques, de la gestion des finances publiques et des réformes GovTech.",
        },
    },
    {
        "acronym": "ICA",
        "name": {
            "en": "Institute for Connectivity in the Americas",
            "es": "Instituto para la Conectividad en las Américas",
            "pt": "Instituto para a Conectividade nas Américas",
            "fr": "Institut pour la connectivité dans les Amériques",
        },
        "status": "prospective",
        "website": "https://www.icamericas.net",
        "summary": {
            "en": "Prospective member that promotes connectivity and ICT for development in the Americas and maintains a roster of experts available to support e-government capacity building.",
            "es": "Miembro potencial que promueve la conectividad y las TIC para el desarrollo en las Américas y mantiene una lista de expertos disponibles para apoyar el fortalecimiento de capacidades en gobierno electrónico.",
            "pt": "Membro potencial que promove a conectividade e as TIC para o desenvolvimento nas Américas e mantém uma lista de especialistas disponíveis para apoiar o fortalecimento de capacidades em governo eletrônico.",
            "fr": "Membre pressenti qui promeut la connectivité et les TIC au service du développement dans les Amériques et tient une liste d'experts mobilisables pour renforcer les capacités en administration électronique.",
        },
    },
    {
        "acronym": "ECLAC",
        "name": {
            "en": "Economic Commission for Latin America and the Caribbean",
            "es": "Comisión Económica para América Latina y el Caribe",
            "pt": "Comissão Econômica para a América Latina e o Caribe",
            "fr": "Commission économique pour l'Amérique latine et les Caraïbes",
        },
        "status": "prospective",
        "website": "https://www.cepal.org",
        "summary": {
            "en": "Prospective member that contributes regional statistics, policy research and the intergovernmental forum of the Digital Agenda for Latin America and the Caribbean (eLAC).",
            "es": "Miembro potencial que aporta estadísticas regionales, investigación sobre políticas y el foro intergubernamental de la Agenda Digital para América Latina y el Caribe (eLAC).",
            "pt": "Membro potencial que contribui com estatísticas regionais, pesquisas sobre políticas e o fórum intergovernamental da Agenda Digital para a América Latina e o Caribe (eLAC).",
            "fr": "Membre pressenti qui apporte des statistiques régionales, des recherches sur les politiques publiques et le forum intergouvernemental de l'Agenda numérique pour l'Amérique latine et les Caraïbes (eLAC).",
        },
    },
]

TOPICS = [
    {
        "slug": "skills-development",
        "name": {
            "en": "Skills development and change management",
            "es": "Desarrollo de capacidades y gestión del cambio",
            "pt": "Desenvolvimento de competências e gestão da mudança",
            "fr": "Développement des compétences et conduite du changement",
        },
        "description": {
            "en": "Training and professional development that help public servants at every level lead and sustain the digital transformation of their institutions.",
            "es": "Capacitación y desarrollo profesional que ayudan a los servidores públicos de todos los niveles a liderar y sostener la transformación digital de sus instituciones.",
            "pt": "Capacitação e desenvolvimento profissional que ajudam os servidores públicos de todos os níveis a liderar e sustentar a transformação digital de suas instituições.",
            "fr": "Formation et perfectionnement professionnel qui aident les agents publics de tous niveaux à conduire et à pérenniser la transformation numérique de leurs institutions.",
        },
    },
    {
        "slug": "measurement",
        "name": {
            "en": "Measuring e-government effectiveness",
            "es": "Medición de la eficacia del gobierno electrónico",
            "pt": "Mensuração da efetividade do governo eletrônico",
            "fr": "Mesure de l'efficacité de l'administration électronique",
        },
        "description": {
            "en": "Indicators and methodologies for assessing whether digital government initiatives deliver the results citizens and governments expect.",
            "es": "Indicadores y metodologías para evaluar si las iniciativas de gobierno digital generan los resultados que esperan la ciudadanía y los gobiernos.",
            "pt": "Indicadores e metodologias para avaliar se as iniciativas de governo digital geram os resultados esperados pelos cidadãos e pelos governos.",
            "fr": "Indicateurs et méthodologies permettant d'évaluer si les initiatives d'administration numérique produisent les résultats attendus par les citoyens et les gouvernements.",
        },
    },
    {
        "slug": "policy-planning",
        "name": {
            "en": "Policy planning for e-governance",
            "es": "Planificación de políticas de gobernanza electrónica",
            "pt": "Planejamento de políticas de governança eletrônica",
            "fr": "Planification des politiques de gouvernance électronique",
        },
        "description": {
            "en": "Periodic consultation between the Task Force and partner countries to shape national digital government strategies and align international support.",
            "es": "Consultas periódicas entre el Grupo de Trabajo y los países socios para orientar las estrategias nacionales de gobierno digital y alinear el apoyo internacional.",
            "pt": "Consultas periódicas entre a Força-Tarefa e os países parceiros para orientar as estratégias nacionais de governo digital e alinhar o apoio internacional.",
            "fr": "Consultations périodiques entre le Groupe de travail et les pays partenaires pour orienter les stratégies nationales d'administration numérique et harmoniser l'appui international.",
        },
    },
    {
        "slug": "building-trust",
        "name": {
            "en": "Building trust in governance",
            "es": "Construcción de confianza en la gobernanza",
            "pt": "Construção de confiança na governança",
            "fr": "Renforcement de la confiance dans la gouvernance",
        },
        "description": {
            "en": "Using transparency, accountability and responsive digital services to strengthen the relationship between citizens and their public institutions.",
            "es": "Uso de la transparencia, la rendición de cuentas y servicios digitales receptivos para fortalecer la relación entre la ciudadanía y sus instituciones públicas.",
            "pt": "Uso da transparência, da prestação de contas e de serviços digitais responsivos para fortalecer a relação entre os cidadãos e suas instituições públicas.",
            "fr": "Recours à la transparence, à la redevabilité et à des services numériques réactifs pour renforcer la relation entre les citoyens et leurs institutions publiques.",
        },
    },
    {
        "slug": "legal-regulatory",
        "name": {
            "en": "Legal and regulatory frameworks",
            "es": "Marcos jurídicos y regulatorios",
            "pt": "Marcos legais e regulatórios",
            "fr": "Cadres juridiques et réglementaires",
        },
        "description": {
            "en": "Laws and regulations that enable the use of ICT in public administration, from electronic signatures to data protection.",
            "es": "Leyes y reglamentos que habilitan el uso de las TIC en la administración pública, desde la firma electrónica hasta la protección de datos.",
            "pt": "Leis e regulamentos que viabilizam o uso das TIC na administração pública, da assinatura eletrônica à proteção de dados.",
            "fr": "Lois et règlements qui encadrent l'usage des TIC dans l'administration publique, de la signature électronique à la protection des données.",
        },
    },
    {
        "slug": "digital-identity",
        "name": {
            "en": "Digital identity",
            "es": "Identidad digital",
            "pt": "Identidade digital",
            "fr": "Identité numérique",
        },
        "description": {
            "en": "Secure and inclusive ways for people and businesses to prove who they are when using public services online.",
            "es": "Mecanismos seguros e inclusivos para que las personas y las empresas acrediten su identidad al usar servicios públicos en línea.",
            "pt": "Mecanismos seguros e inclusivos para que pessoas e empresas comprovem sua identidade ao utilizar serviços públicos on-line.",
            "fr": "Moyens sûrs et inclusifs permettant aux personnes et aux entreprises de prouver leur identité lorsqu'elles utilisent des services publics en ligne.",
        },
    },
    {
        "slug": "e-procurement",
        "name": {
            "en": "Electronic public procurement",
            "es": "Compras públicas electrónicas",
            "pt": "Compras públicas eletrônicas",
            "fr": "Marchés publics électroniques",
        },
        "description": {
            "en": "Digital platforms that make government purchasing more transparent, competitive and efficient.",
            "es": "Plataformas digitales que hacen las compras del Estado más transparentes, competitivas y eficientes.",
            "pt": "Plataformas digitais que tornam as compras governamentais mais transparentes, competitivas e eficientes.",
            "fr": "Plateformes numériques qui rendent les achats publics plus transparents, plus concurrentiels et plus efficaces.",
        },
    },
    {
        "slug": "open-data",
        "name": {
            "en": "Open government data",
            "es": "Datos abiertos de gobierno",
            "pt": "Dados abertos governamentais",
            "fr": "Données publiques ouvertes",
        },
        "description": {
            "en": "Publishing public-sector data in reusable formats so that citizens, researchers and businesses can analyze it and create value.",
            "es": "Publicación de datos del sector público en formatos reutilizables para que la ciudadanía, los investigadores y las empresas puedan analizarlos y generar valor.",
            "pt": "Publicação de dados do setor público em formatos reutilizáveis para que cidadãos, pesquisadores e empresas possam analisá-los e gerar valor.",
            "fr": "Publication des données du secteur public dans des formats réutilisables afin que citoyens, chercheurs et entreprises puissent les analyser et en tirer de la valeur.",
        },
    },
    {
        "slug": "interoperability",
        "name": {
            "en": "Interoperability",
            "es": "Interoperabilidad",
            "pt": "Interoperabilidade",
            "fr": "Interopérabilité",
        },
        "description": {
            "en": "Common standards and data exchange arrangements that let public agencies share information securely and offer joined-up services.",
            "es": "Estándares comunes y mecanismos de intercambio de datos que permiten a las entidades públicas compartir información de forma segura y ofrecer servicios integrados.",
            "pt": "Padrões comuns e mecanismos de troca de dados que permitem aos órgãos públicos compartilhar informações com segurança e oferecer serviços integrados.",
            "fr": "Normes communes et dispositifs d'échange de données qui permettent aux organismes publics de partager l'information en toute sécurité et d'offrir des services intégrés.",
        },
    },
    {
        "slug": "e-participation",
        "name": {
            "en": "E-participation",
            "es": "Participación electrónica",
            "pt": "Participação eletrônica",
            "fr": "Participation électronique",
        },
        "description": {
            "en": "Online channels that invite citizens to take part in consultations, policy making and the oversight of public services.",
            "es": "Canales en línea que invitan a la ciudadanía a participar en consultas, en la formulación de políticas y en la vigilancia de los servicios públicos.",
            "pt": "Canais on-line que convidam os cidadãos a participar de consultas, da formulação de políticas e do acompanhamento dos serviços públicos.",
            "fr": "Canaux en ligne qui invitent les citoyens à prendre part aux consultations, à l'élaboration des politiques et au suivi des services publics.",
        },
    },
    {
        "slug": "connectivity",
        "name": {
            "en": "Connectivity and digital inclusion",
            "es": "Conectividad e inclusión digital",
            "pt": "Conectividade e inclusão digital",
            "fr": "Connectivité et inclusion numérique",
        },
        "description": {
            "en": "Expanding affordable access to networks and digital skills so that everyone, including rural and vulnerable communities, can use online public services.",
            "es": "Ampliación del acceso asequible a las redes y a las competencias digitales para que todas las personas, incluidas las comunidades rurales y vulnerables, puedan usar los servicios públicos en línea.",
            "pt": "Ampliação do acesso a redes a preços acessíveis e às competências digitais para que todas as pessoas, inclusive comunidades rurais e vulneráveis, possam usar os serviços públicos on-line.",
            "fr": "Élargissement de l'accès abordable aux réseaux et aux compétences numériques afin que chacun, y compris les communautés rurales et vulnérables, puisse utiliser les services publics en ligne.",
        },
    },
]
