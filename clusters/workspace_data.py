"""Illustrative demo content for ``manage.py load_demo``: clusters and issue areas.

The virtual work spaces below follow Appendix 2 of the EgE Inter-Agency Task
Force action plan: five Program Managers Team clusters and two Task Force /
country issue areas. Every human-readable text is provided in the four site
locales (en, es, pt, fr); multi-paragraph fields are lists of paragraphs.
"""

from __future__ import annotations

CLUSTERS = [
    {
        "slug": "platform-management",
        "leads": ["DG"],
        "members": ["OAS", "UNDESA"],
        "title": {
            "en": "Platform Management Cluster",
            "es": "Clúster de Gestión de la Plataforma",
            "pt": "Cluster de Gestão da Plataforma",
            "fr": "Groupe thématique sur la gestion de la plateforme",
        },
        "summary": {
            "en": "Maintains the shared inter-agency portal, its links with member agencies and the record of past and upcoming e-government events.",
            "es": "Mantiene el portal interinstitucional compartido, sus vínculos con las agencias miembro y el registro de eventos de gobierno electrónico pasados y futuros.",
            "pt": "Mantém o portal interagências compartilhado, seus vínculos com as agências-membro e o registro de eventos de governo eletrônico passados e futuros.",
            "fr": "Assure la gestion du portail interinstitutions commun, de ses liens avec les agences membres et du suivi des événements passés et à venir en matière d'administration électronique.",
        },
        "purpose": {
            "en": [
                "This cluster looks after the design of the Task Force portal and its links with the websites of member agencies. It gathers the conclusions and recommendations of conferences, seminars and meetings that have already taken place so that their lessons are not lost.",
                "It also publishes dates and agendas for forthcoming events and provides documentation support to the other clusters and issue areas. The Development Gateway Foundation leads the cluster, drawing on its experience running online knowledge communities.",
            ],
            "es": [
                "Este clúster se ocupa del diseño del portal del Grupo de Trabajo y de sus vínculos con los sitios web de las agencias miembro. Reúne las conclusiones y recomendaciones de conferencias, seminarios y reuniones ya realizados para que sus enseñanzas no se pierdan.",
                "Además, publica las fechas y agendas de los próximos eventos y brinda apoyo documental a los demás clústeres y áreas temáticas. Lo lidera la Fundación Development Gateway, que aporta su experiencia en la gestión de comunidades de conocimiento en línea.",
            ],
            "pt": [
                "Este cluster cuida do design do portal da Força-Tarefa e de seus vínculos com os sites das agências-membro. Ele reúne as conclusões e recomendações de conferências, seminários e reuniões já realizados, para que as lições aprendidas não se percam.",
                "Também publica as datas e pautas dos próximos eventos e oferece apoio documental aos demais clusters e áreas temáticas. A Fundação Development Gateway lidera o cluster, com base em sua experiência na gestão de comunidades de conhecimento on-line.",
            ],
            "fr": [
                "Ce groupe thématique veille à la conception du portail du Groupe de travail et à ses liens avec les sites web des agences membres. Il rassemble les conclusions et recommandations des conférences, séminaires et réunions déjà tenus afin que leurs enseignements ne se perdent pas.",
                "Il publie également les dates et les ordres du jour des événements à venir et fournit un appui documentaire aux autres groupes thématiques et domaines d'action. La Fondation Development Gateway en assure la direction, forte de son expérience dans l'animation de communautés de connaissances en ligne.",
            ],
        },
    },
    {
        "slug": "interaction-platform",
        "leads": ["IDB", "OAS"],
        "members": ["DG"],
        "title": {
            "en": "Task Force and Country Interaction Platform Cluster",
            "es": "Clúster de la Plataforma de Interacción entre el Grupo de Trabajo y los Países",
            "pt": "Cluster da Plataforma de Interação entre a Força-Tarefa e os Países",
            "fr": "Groupe thématique sur la plateforme d'interaction entre le Groupe de travail et les pays",
        },
        "summary": {
            "en": "Builds the virtual space where Task Force agencies and governments in Latin America and the Caribbean interact, drawing on the Red GEALC network of e-government authorities.",
            "es": "Desarrolla el espacio virtual en el que interactúan las agencias del Grupo de Trabajo y los gobiernos de América Latina y el Caribe, con el respaldo de la Red GEALC de autoridades de gobierno electrónico.",
            "pt": "Desenvolve o espaço virtual em que as agências da Força-Tarefa e os governos da América Latina e do Caribe interagem, com o apoio da Rede GEALC de autoridades de governo eletrônico.",
            "fr": "Développe l'espace virtuel où les agences du Groupe de travail et les gouvernements d'Amérique latine et des Caraïbes échangent, en s'appuyant sur le réseau GEALC des autorités chargées de l'administration électronique.",
        },
        "purpose": {
            "en": [
                "The cluster develops the virtual interaction platform through which partner countries can follow the activities of the Task Force agencies, post their needs online and request assistance. The IDB and the OAS co-lead this work, the OAS acting through the Latin American and Caribbean e-Government Network (Red GEALC).",
                "By connecting national e-government officials with the program managers of each agency, the platform encourages horizontal exchange among countries. It is designed to channel requests to the relevant expertise and to avoid costly duplication of effort.",
            ],
            "es": [
                "El clúster desarrolla la plataforma virtual de interacción a través de la cual los países socios pueden seguir las actividades de las agencias del Grupo de Trabajo, publicar sus necesidades en línea y solicitar asistencia. El BID y la OEA codirigen este trabajo, esta última por medio de la Red de Gobierno Electrónico de América Latina y el Caribe (Red GEALC).",
                "Al conectar a los funcionarios nacionales de gobierno electrónico con los gerentes de programa de cada agencia, la plataforma fomenta el intercambio horizontal entre países. Está concebida para canalizar las solicitudes hacia la experiencia pertinente y evitar duplicaciones costosas.",
            ],
            "pt": [
                "O cluster desenvolve a plataforma virtual de interação por meio da qual os países parceiros podem acompanhar as atividades das agências da Força-Tarefa, publicar suas necessidades on-line e solicitar assistência. O BID e a OEA coordenam esse trabalho em conjunto, esta última por intermédio da Rede de Governo Eletrônico da América Latina e do Caribe (Rede GEALC).",
                "Ao conectar os gestores nacionais de governo eletrônico aos gerentes de programa de cada agência, a plataforma estimula o intercâmbio horizontal entre os países. Ela foi concebida para direcionar as solicitações à especialização adequada e evitar duplicações onerosas.",
            ],
            "fr": [
                "Le groupe thématique développe la plateforme virtuelle d'interaction grâce à laquelle les pays partenaires peuvent suivre les activités des agences du Groupe de travail, publier leurs besoins en ligne et solliciter une assistance. La BID et l'OEA codirigent ces travaux, cette dernière par l'intermédiaire du Réseau de gouvernement électronique d'Amérique latine et des Caraïbes (Red GEALC).",
                "En mettant en relation les responsables nationaux de l'administration électronique et les gestionnaires de programme de chaque agence, la plateforme favorise les échanges horizontaux entre pays. Elle est conçue pour orienter les demandes vers l'expertise appropriée et éviter des doublons coûteux.",
            ],
        },
    },
    {
        "slug": "policy-planning-process",
        "leads": ["IDB"],
        "members": ["OAS", "WB"],
        "title": {
            "en": "Policy Planning Consultative Process Cluster",
            "es": "Clúster del Proceso Consultivo de Planificación de Políticas",
            "pt": "Cluster do Processo Consultivo de Planejamento de Políticas",
            "fr": "Groupe thématique sur le processus consultatif de planification des politiques",
        },
        "summary": {
            "en": "Organizes periodic face-to-face dialogue between the Task Force and e-government leaders to plan policies for more effective e-governance.",
            "es": "Organiza un diálogo presencial periódico entre el Grupo de Trabajo y los líderes de gobierno electrónico para planificar políticas que hagan más eficaz la gobernanza electrónica.",
            "pt": "Organiza um diálogo presencial periódico entre a Força-Tarefa e os líderes de governo eletrônico para planejar políticas que tornem a governança eletrônica mais efetiva.",
            "fr": "Organise un dialogue périodique en présentiel entre le Groupe de travail et les responsables de l'administration électronique afin de planifier des politiques pour une gouvernance électronique plus efficace.",
        },
        "purpose": {
            "en": [
                "This cluster prepares the consultative process on e-governance effectiveness policy planning, in which the Task Force and beneficiary countries meet face to face at regular intervals. These meetings complement the exchanges that take place in the virtual work spaces.",
                "The IDB leads the cluster through its information technology for development team, with support from Red GEALC. Its work includes preparing agendas, summarizing country priorities and feeding the conclusions back into the planning of each member agency.",
            ],
            "es": [
                "Este clúster prepara el proceso consultivo de planificación de políticas para la eficacia de la gobernanza electrónica, en el que el Grupo de Trabajo y los países beneficiarios se reúnen de forma presencial y periódica. Estos encuentros complementan los intercambios que tienen lugar en los espacios virtuales de trabajo.",
                "El BID lidera el clúster a través de su equipo de tecnologías de la información para el desarrollo, con el apoyo de la Red GEALC. Su labor incluye preparar las agendas, sintetizar las prioridades de los países y trasladar las conclusiones a la planificación de cada agencia miembro.",
            ],
            "pt": [
                "Este cluster prepara o processo consultivo de planejamento de políticas para a efetividade da governança eletrônica, no qual a Força-Tarefa e os países beneficiários se reúnem presencialmente em intervalos regulares. Esses encontros complementam as trocas que ocorrem nos espaços virtuais de trabalho.",
                "O BID lidera o cluster por meio de sua equipe de tecnologia da informação para o desenvolvimento, com o apoio da Rede GEALC. Seu trabalho inclui preparar as pautas, sintetizar as prioridades dos países e incorporar as conclusões ao planejamento de cada agência-membro.",
            ],
            "fr": [
                "Ce groupe thématique prépare le processus consultatif de planification des politiques pour l'efficacité de la gouvernance électronique, dans le cadre duquel le Groupe de travail et les pays bénéficiaires se réunissent en présentiel à intervalles réguliers. Ces rencontres complètent les échanges menés dans les espaces de travail virtuels.",
                "La BID dirige le groupe thématique par l'intermédiaire de son équipe chargée des technologies de l'information au service du développement, avec l'appui du Red GEALC. Ses travaux consistent notamment à préparer les ordres du jour, à synthétiser les priorités des pays et à intégrer les conclusions dans la planification de chaque agence membre.",
            ],
        },
    },
    {
        "slug": "skills-development",
        "leads": ["UNDESA", "OAS"],
        "members": ["ICA", "IDB"],
        "title": {
            "en": "Skills Development and Change Management Cluster",
            "es": "Clúster de Desarrollo de Capacidades y Gestión del Cambio",
            "pt": "Cluster de Desenvolvimento de Competências e Gestão da Mudança",
            "fr": "Groupe thématique sur le développement des compétences et la conduite du changement",
        },
        "summary": {
            "en": "Coordinates training, expert support and professional development for public servants managing change in public sector transformation.",
            "es": "Coordina la capacitación, el apoyo de expertos y el desarrollo profesional de los servidores públicos que gestionan el cambio en la transformación del sector público.",
            "pt": "Coordena a capacitação, o apoio de especialistas e o desenvolvimento profissional dos servidores públicos que gerenciam a mudança na transformação do setor público.",
            "fr": "Coordonne la formation, l'appui d'experts et le perfectionnement professionnel des agents publics qui conduisent le changement dans la transformation du secteur public.",
        },
        "purpose": {
            "en": [
                "The cluster focuses on e-government human resource development through training and professional enhancement for public sector workers at all levels. It helps institutions manage the organizational change that accompanies the transformation of the public sector.",
                "UN DESA and the OAS co-lead the cluster, combining UN DESA's capacity development programs with the OAS training workshops. The Institute for Connectivity in the Americas contributes its list of experts who can be mobilized to support countries.",
            ],
            "es": [
                "El clúster se centra en el desarrollo de los recursos humanos para el gobierno electrónico mediante la capacitación y el perfeccionamiento profesional de los trabajadores del sector público en todos los niveles. Ayuda a las instituciones a gestionar el cambio organizacional que acompaña la transformación del sector público.",
                "El DAES de las Naciones Unidas y la OEA codirigen el clúster, combinando los programas de desarrollo de capacidades del DAES con los talleres de capacitación de la OEA. El Instituto para la Conectividad en las Américas aporta su lista de expertos que pueden movilizarse para apoyar a los países.",
            ],
            "pt": [
                "O cluster se concentra no desenvolvimento de recursos humanos para o governo eletrônico por meio da capacitação e do aperfeiçoamento profissional dos trabalhadores do setor público em todos os níveis. Ele ajuda as instituições a gerenciar a mudança organizacional que acompanha a transformação do setor público.",
                "O DESA das Nações Unidas e a OEA coordenam o cluster em conjunto, combinando os programas de desenvolvimento de capacidades do DESA com as oficinas de capacitação da OEA. O Instituto para a Conectividade nas Américas contribui com sua lista de especialistas que podem ser mobilizados para apoiar os países.",
            ],
            "fr": [
                "Le groupe thématique se consacre au développement des ressources humaines de l'administration électronique par la formation et le perfectionnement professionnel des agents du secteur public à tous les niveaux. Il aide les institutions à conduire le changement organisationnel qui accompagne la transformation du secteur public.",
                "Le DAES des Nations Unies et l'OEA codirigent le groupe thématique, en associant les programmes de renforcement des capacités du DAES aux ateliers de formation de l'OEA. L'Institut pour la connectivité dans les Amériques apporte sa liste d'experts mobilisables pour appuyer les pays.",
            ],
        },
    },
    {
        "slug": "country-dialogue",
        "leads": ["WB", "IDB"],
        "members": ["ECLAC", "UNDESA"],
        "title": {
            "en": "Task Force and Country Dialogue Coordination Cluster",
            "es": "Clúster de Coordinación del Diálogo entre el Grupo de Trabajo y los Países",
            "pt": "Cluster de Coordenação do Diálogo entre a Força-Tarefa e os Países",
            "fr": "Groupe thématique sur la coordination du dialogue entre le Groupe de travail et les pays",
        },
        "summary": {
            "en": "Harmonizes how member agencies engage with client governments, including parallel missions to each country.",
            "es": "Armoniza la forma en que las agencias miembro dialogan con los gobiernos clientes, incluidas las misiones paralelas a cada país.",
            "pt": "Harmoniza a forma como as agências-membro dialogam com os governos clientes, incluindo missões paralelas a cada país.",
            "fr": "Harmonise la manière dont les agences membres dialoguent avec les gouvernements clients, y compris au moyen de missions parallèles dans chaque pays.",
        },
        "purpose": {
            "en": [
                "This cluster develops a harmonized engagement strategy for the dialogue between participating agencies and client governments. It encourages member organizations to schedule parallel missions, financed separately, so that their professionals can meet together with the executing agency in each country.",
                "The World Bank and the IDB co-lead the cluster. Coordinating country dialogue in this way helps avoid duplication, reinforces individual programs and makes better use of the resources each agency brings to the region.",
            ],
            "es": [
                "Este clúster elabora una estrategia armonizada para el diálogo entre las agencias participantes y los gobiernos clientes. Alienta a las organizaciones miembro a programar misiones paralelas, financiadas por separado, para que sus profesionales puedan reunirse conjuntamente con el organismo ejecutor en cada país.",
                "El Banco Mundial y el BID codirigen el clúster. Coordinar así el diálogo con los países ayuda a evitar duplicaciones, refuerza los programas individuales y aprovecha mejor los recursos que cada agencia aporta a la región.",
            ],
            "pt": [
                "Este cluster elabora uma estratégia harmonizada para o diálogo entre as agências participantes e os governos clientes. Ele incentiva as organizações-membro a programar missões paralelas, financiadas separadamente, para que seus profissionais possam se reunir em conjunto com o órgão executor em cada país.",
                "O Banco Mundial e o BID coordenam o cluster em conjunto. Coordenar dessa forma o diálogo com os países ajuda a evitar duplicações, reforça os programas individuais e aproveita melhor os recursos que cada agência traz para a região.",
            ],
            "fr": [
                "Ce groupe thématique élabore une stratégie harmonisée pour le dialogue entre les agences participantes et les gouvernements clients. Il encourage les organisations membres à programmer des missions parallèles, financées séparément, afin que leurs professionnels puissent rencontrer ensemble l'organisme d'exécution dans chaque pays.",
                "La Banque mondiale et la BID codirigent le groupe thématique. Coordonner ainsi le dialogue avec les pays permet d'éviter les doublons, de renforcer les programmes de chaque institution et de mieux utiliser les ressources que chaque agence apporte à la région.",
            ],
        },
    },
]

ISSUE_AREAS = [
    {
        "slug": "policy-planning-area",
        "cluster": "policy-planning-process",
        "leads": ["IDB"],
        "countries": ["BR", "CL", "CO", "CR", "MX", "PE", "UY"],
        "title": {
            "en": "E-governance Effectiveness Policy Planning Consultative Process",
            "es": "Proceso consultivo de planificación de políticas para la eficacia de la gobernanza electrónica",
            "pt": "Processo consultivo de planejamento de políticas para a efetividade da governança eletrônica",
            "fr": "Processus consultatif de planification des politiques pour l'efficacité de la gouvernance électronique",
        },
        "summary": {
            "en": "A shared space where partner countries and the Task Force prepare and follow up on face-to-face policy planning dialogues.",
            "es": "Un espacio compartido en el que los países socios y el Grupo de Trabajo preparan los diálogos presenciales de planificación de políticas y les dan seguimiento.",
            "pt": "Um espaço compartilhado no qual os países parceiros e a Força-Tarefa preparam os diálogos presenciais de planejamento de políticas e acompanham seus resultados.",
            "fr": "Un espace partagé où les pays partenaires et le Groupe de travail préparent les dialogues en présentiel sur la planification des politiques et en assurent le suivi.",
        },
        "purpose": {
            "en": [
                "This issue area extends the work of the policy planning cluster to the joint work space of the Task Force and participating countries. Government representatives and agency staff use it to agree on priorities before each face-to-face consultation.",
                "Led by the IDB, the issue area records the conclusions of each round of dialogue and tracks how they are reflected in national strategies and agency programs. Over time, countries can validate or reprioritize the strategic product areas on which the Task Force concentrates.",
            ],
            "es": [
                "Esta área temática extiende la labor del clúster de planificación de políticas al espacio de trabajo conjunto del Grupo de Trabajo y los países participantes. Los representantes de los gobiernos y el personal de las agencias la utilizan para acordar prioridades antes de cada consulta presencial.",
                "Bajo el liderazgo del BID, el área registra las conclusiones de cada ronda de diálogo y da seguimiento a su incorporación en las estrategias nacionales y en los programas de las agencias. Con el tiempo, los países pueden validar o redefinir la prioridad de las áreas estratégicas en las que se concentra el Grupo de Trabajo.",
            ],
            "pt": [
                "Esta área temática estende o trabalho do cluster de planejamento de políticas ao espaço de trabalho conjunto da Força-Tarefa e dos países participantes. Representantes dos governos e equipes das agências a utilizam para definir prioridades antes de cada consulta presencial.",
                "Sob a liderança do BID, a área registra as conclusões de cada rodada de diálogo e acompanha como elas se refletem nas estratégias nacionais e nos programas das agências. Com o tempo, os países podem validar ou redefinir a prioridade das áreas estratégicas nas quais a Força-Tarefa concentra sua atuação.",
            ],
            "fr": [
                "Ce domaine d'action étend les travaux du groupe thématique de planification des politiques à l'espace de travail commun du Groupe de travail et des pays participants. Représentants des gouvernements et personnel des agences s'en servent pour convenir des priorités avant chaque consultation en présentiel.",
                "Sous la conduite de la BID, le domaine consigne les conclusions de chaque cycle de dialogue et suit leur prise en compte dans les stratégies nationales et les programmes des agences. À terme, les pays peuvent valider ou redéfinir les priorités parmi les domaines stratégiques sur lesquels se concentre le Groupe de travail.",
            ],
        },
    },
    {
        "slug": "skills-development-area",
        "cluster": "skills-development",
        "leads": ["UNDESA", "OAS"],
        "countries": ["BB", "DO", "GT", "HN", "JM", "PY", "TT"],
        "title": {
            "en": "Skills Development and Managing Change in Public Sector Transformation",
            "es": "Desarrollo de capacidades y gestión del cambio en la transformación del sector público",
            "pt": "Desenvolvimento de competências e gestão da mudança na transformação do setor público",
            "fr": "Développement des compétences et conduite du changement dans la transformation du secteur public",
        },
        "summary": {
            "en": "A joint space where countries identify training needs and gain access to workshops, courses and experts for public servants leading digital change.",
            "es": "Un espacio conjunto en el que los países identifican sus necesidades de capacitación y acceden a talleres, cursos y expertos para los servidores públicos que lideran el cambio digital.",
            "pt": "Um espaço conjunto no qual os países identificam suas necessidades de capacitação e têm acesso a oficinas, cursos e especialistas para os servidores públicos que lideram a mudança digital.",
            "fr": "Un espace commun où les pays recensent leurs besoins de formation et accèdent à des ateliers, des cours et des experts pour les agents publics qui pilotent le changement numérique.",
        },
        "purpose": {
            "en": [
                "In this issue area, participating countries and the Task Force work together on the human side of e-government. Countries share their training needs, and agencies match them with workshops, online courses and peer exchanges.",
                "UN DESA and the OAS lead the issue area, drawing on OAS training workshops and the list of experts offered by the Institute for Connectivity in the Americas. Lessons from each activity are documented so that other countries in the region can adapt them.",
            ],
            "es": [
                "En esta área temática, los países participantes y el Grupo de Trabajo colaboran en la dimensión humana del gobierno electrónico. Los países comparten sus necesidades de capacitación y las agencias las vinculan con talleres, cursos en línea e intercambios entre pares.",
                "El DAES de las Naciones Unidas y la OEA lideran el área, apoyándose en los talleres de capacitación de la OEA y en la lista de expertos que ofrece el Instituto para la Conectividad en las Américas. Las lecciones de cada actividad se documentan para que otros países de la región puedan adaptarlas.",
            ],
            "pt": [
                "Nesta área temática, os países participantes e a Força-Tarefa trabalham juntos na dimensão humana do governo eletrônico. Os países compartilham suas necessidades de capacitação e as agências as associam a oficinas, cursos on-line e intercâmbios entre pares.",
                "O DESA das Nações Unidas e a OEA lideram a área, com base nas oficinas de capacitação da OEA e na lista de especialistas oferecida pelo Instituto para a Conectividade nas Américas. As lições de cada atividade são documentadas para que outros países da região possam adaptá-las.",
            ],
            "fr": [
                "Dans ce domaine d'action, les pays participants et le Groupe de travail collaborent sur la dimension humaine de l'administration électronique. Les pays font part de leurs besoins de formation et les agences y répondent par des ateliers, des cours en ligne et des échanges entre pairs.",
                "Le DAES des Nations Unies et l'OEA pilotent ce domaine en s'appuyant sur les ateliers de formation de l'OEA et sur la liste d'experts proposée par l'Institut pour la connectivité dans les Amériques. Les enseignements de chaque activité sont documentés afin que d'autres pays de la région puissent les adapter.",
            ],
        },
    },
]
