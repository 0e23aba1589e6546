"""Illustrative demo content for ``manage.py load_demo``: shared e-government practices.

Twenty-two practices from Latin America and the Caribbean that Task Force
agencies share on the common platform: successful practices that can be
adapted elsewhere in the region (outcome "adapt") and unsuccessful practices
to avoid (outcome "avoid"). They are illustrative examples written in general
terms, not official case studies, and every link points to a placeholder
address or an agency home page. Every human-readable text is provided in the
four site locales (en, es, pt, fr); multi-paragraph fields are lists of
paragraphs, and "source_locale" is the language the contributing agency wrote
the practice in. The list is ordered by contribution date.
"""

from __future__ import annotations

PRACTICES = [
    {
        "slug": "chile-public-procurement-portal",
        "source_locale": "es",
        "workspace": "policy-planning-process",
        "outcome": "adapt",
        "countries": ["CL"],
        "agencies": ["IDB"],
        "year": 2003,
        "date": "2024-01-23",
        "topics": ["e-procurement", "building-trust"],
        "title": {
            "en": "Chile: a single public procurement portal open to all suppliers",
            "es": "Chile: un portal único de compras públicas abierto a todos los proveedores",
            "pt": "Chile: um portal único de compras públicas aberto a todos os fornecedores",
            "fr": "Chili : un portail unique des marchés publics ouvert à tous les fournisseurs",
        },
        "summary": {
            "en": "Chile moved central government purchasing onto one public web portal where tenders, awards and contracts are published, widening competition and giving citizens a clear view of how public money is spent.",
            "es": "Chile trasladó las compras del gobierno central a un portal web público donde se publican licitaciones, adjudicaciones y contratos, lo que amplió la competencia y permitió a la ciudadanía ver con claridad cómo se gasta el dinero público.",
            "pt": "O Chile levou as compras do governo central para um único portal público na internet, onde editais, adjudicações e contratos são publicados, ampliando a concorrência e mostrando aos cidadãos como o dinheiro público é gasto.",
            "fr": "Le Chili a regroupé les achats de l'administration centrale sur un portail web public où sont publiés appels d'offres, attributions et contrats, ce qui a élargi la concurrence et permis aux citoyens de voir clairement l'usage des fonds publics.",
        },
        "problem": {
            "en": [
                "Before the reform, each ministry and service ran its own purchasing process on paper, with calls for tenders announced in newspapers or sent to a short list of known suppliers. Small and regional firms rarely learned about opportunities in time to bid.",
                "Because there was no common record of purchases, neither oversight bodies nor citizens could compare prices or follow a contract from call to award. This opacity fed a perception that public buying favoured insiders.",
            ],
            "es": [
                "Antes de la reforma, cada ministerio y servicio gestionaba sus compras en papel, y los llamados a licitación se anunciaban en la prensa o se enviaban a una lista corta de proveedores conocidos. Las empresas pequeñas y regionales rara vez se enteraban a tiempo para presentar ofertas.",
                "Al no existir un registro común de las compras, ni los órganos de control ni la ciudadanía podían comparar precios o seguir un contrato desde la convocatoria hasta la adjudicación. Esa opacidad alimentaba la percepción de que las compras públicas favorecían a unos pocos.",
            ],
            "pt": [
                "Antes da reforma, cada ministério e órgão conduzia suas compras em papel, e os editais eram anunciados em jornais ou enviados a uma lista restrita de fornecedores conhecidos. Empresas pequenas e do interior raramente ficavam sabendo das oportunidades a tempo de participar.",
                "Como não havia um registro comum das compras, nem os órgãos de controle nem os cidadãos conseguiam comparar preços ou acompanhar um contrato do edital à adjudicação. Essa falta de transparência alimentava a percepção de que as compras públicas favoreciam poucos.",
            ],
            "fr": [
                "Avant la réforme, chaque ministère et chaque service gérait ses achats sur papier, et les appels d'offres étaient publiés dans la presse ou envoyés à une courte liste de fournisseurs connus. Les petites entreprises et celles des régions apprenaient rarement l'existence de ces marchés à temps pour soumissionner.",
                "Faute de registre commun des achats, ni les organes de contrôle ni les citoyens ne pouvaient comparer les prix ou suivre un contrat de l'appel d'offres à l'attribution. Cette opacité nourrissait l'idée que la commande publique favorisait quelques initiés.",
            ],
        },
        "approach": {
            "en": [
                "A new procurement law created a central purchasing directorate and made publication on a single portal mandatory for central government bodies. Suppliers register once and receive alerts for tenders in their line of business.",
                "The rollout was phased, starting with a group of pilot agencies, and was backed by intensive training for procurement officers and a help desk for suppliers. Framework agreements for common goods were added once the basic tendering module was stable.",
            ],
            "es": [
                "Una nueva ley de compras públicas creó una dirección central de compras y estableció la obligación de publicar en un portal único para los organismos del gobierno central. Los proveedores se inscriben una sola vez y reciben alertas de las licitaciones de su rubro.",
                "La implantación fue gradual, comenzando por un grupo de servicios piloto, y se acompañó de una capacitación intensiva para los compradores públicos y de una mesa de ayuda para los proveedores. Los convenios marco para bienes de uso común se incorporaron cuando el módulo básico de licitaciones ya estaba consolidado.",
            ],
            "pt": [
                "Uma nova lei de compras públicas criou uma diretoria central de compras e tornou obrigatória a publicação em um portal único para os órgãos do governo central. Os fornecedores se cadastram uma única vez e recebem alertas sobre licitações do seu ramo.",
                "A implantação foi gradual, começando por um grupo de órgãos-piloto, e contou com capacitação intensiva para os compradores públicos e uma central de atendimento para fornecedores. Os acordos-quadro para bens de uso comum foram incorporados quando o módulo básico de licitações já estava consolidado.",
            ],
            "fr": [
                "Une nouvelle loi sur la commande publique a créé une direction centrale des achats et rendu obligatoire la publication sur un portail unique pour les organismes de l'administration centrale. Les fournisseurs s'inscrivent une seule fois et reçoivent des alertes pour les appels d'offres de leur secteur.",
                "Le déploiement s'est fait par étapes, en commençant par un groupe d'organismes pilotes, avec une formation intensive des acheteurs publics et un service d'assistance pour les fournisseurs. Les accords-cadres pour les biens d'usage courant ont été ajoutés une fois le module de base des appels d'offres stabilisé.",
            ],
        },
        "results": {
            "en": [
                "Participation by small and medium-sized firms grew steadily, and agencies reported better prices for standard goods bought through framework agreements.",
                "Because every award is public, journalists, oversight bodies and losing bidders can now question decisions with evidence, which has strengthened confidence in the fairness of public buying.",
            ],
            "es": [
                "La participación de pequeñas y medianas empresas creció de manera sostenida, y los organismos informaron mejores precios en los bienes estándar adquiridos mediante convenios marco.",
                "Como todas las adjudicaciones son públicas, periodistas, órganos de control y oferentes no adjudicados pueden cuestionar las decisiones con evidencia, lo que ha fortalecido la confianza en la equidad de las compras públicas.",
            ],
            "pt": [
                "A participação de micro, pequenas e médias empresas cresceu de forma contínua, e os órgãos relataram preços melhores para bens padronizados adquiridos por meio de acordos-quadro.",
                "Como todas as adjudicações são públicas, jornalistas, órgãos de controle e licitantes não vencedores podem questionar as decisões com base em evidências, o que fortaleceu a confiança na lisura das compras públicas.",
            ],
            "fr": [
                "La participation des petites et moyennes entreprises a progressé de façon régulière, et les organismes ont signalé de meilleurs prix pour les biens standard achetés au moyen d'accords-cadres.",
                "Toutes les attributions étant publiques, journalistes, organes de contrôle et soumissionnaires évincés peuvent désormais contester les décisions preuves à l'appui, ce qui a renforcé la confiance dans l'équité de la commande publique.",
            ],
        },
        "lessons": {
            "en": [
                "The legal mandate to publish was decisive: a voluntary portal would have remained marginal. Countries adapting the model should pass or update the procurement law before, or together with, the technology.",
                "Invest as much in people as in software. Certification of procurement officers and outreach to suppliers outside the capital were what turned the portal into a real marketplace rather than a bulletin board.",
            ],
            "es": [
                "La obligación legal de publicar fue determinante: un portal voluntario habría quedado en los márgenes. Los países que adapten el modelo deberían aprobar o actualizar la ley de compras antes de la tecnología, o junto con ella.",
                "Hay que invertir tanto en las personas como en el software. La certificación de los compradores públicos y la difusión entre proveedores fuera de la capital fueron lo que convirtió el portal en un verdadero mercado y no en un simple tablón de anuncios.",
            ],
            "pt": [
                "A obrigação legal de publicar foi decisiva: um portal voluntário teria ficado à margem. Países que adaptarem o modelo devem aprovar ou atualizar a lei de compras antes da tecnologia, ou junto com ela.",
                "É preciso investir tanto nas pessoas quanto no software. A certificação dos compradores públicos e a divulgação junto a fornecedores fora da capital foram o que transformou o portal em um verdadeiro mercado, e não em um simples mural de avisos.",
            ],
            "fr": [
                "L'obligation légale de publier a été décisive : un portail facultatif serait resté marginal. Les pays qui adaptent le modèle devraient adopter ou actualiser leur loi sur les marchés publics avant la technologie, ou en même temps.",
                "Il faut investir autant dans les personnes que dans le logiciel. La certification des acheteurs publics et la sensibilisation des fournisseurs hors de la capitale ont fait du portail un véritable marché plutôt qu'un simple tableau d'affichage.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/chile-procurement-case-note",
                "title": {
                    "en": "Case note: Chile's central procurement portal",
                    "es": "Nota de caso: el portal central de compras de Chile",
                    "pt": "Nota de caso: o portal central de compras do Chile",
                    "fr": "Note de cas : le portail central des marchés publics du Chili",
                },
            },
        ],
    },
    {
        "slug": "jamaica-public-servant-ict-training",
        "source_locale": "en",
        "workspace": "skills-development",
        "outcome": "adapt",
        "countries": ["JM"],
        "agencies": ["UNDESA", "OAS"],
        "year": 2006,
        "date": "2024-02-19",
        "topics": ["skills-development"],
        "title": {
            "en": "Jamaica: blended e-government training for public servants at every level",
            "es": "Jamaica: formación mixta en gobierno electrónico para todo el servicio público",
            "pt": "Jamaica: capacitação híbrida em governo eletrônico para todo o serviço público",
            "fr": "Jamaïque : formation mixte en e-gouvernement pour toute la fonction publique",
        },
        "summary": {
            "en": "Jamaica combined short online modules with workshops run by the public service training institute so that clerks, managers and senior officials learned to plan and run digital services together.",
            "es": "Jamaica combinó módulos breves en línea con talleres del instituto de formación del servicio público para que administrativos, mandos medios y altos funcionarios aprendieran juntos a planificar y gestionar servicios digitales.",
            "pt": "A Jamaica combinou módulos curtos on-line com oficinas do instituto de formação do serviço público, para que servidores administrativos, gerentes e dirigentes aprendessem juntos a planejar e gerir serviços digitais.",
            "fr": "La Jamaïque a associé de courts modules en ligne à des ateliers de l'institut de formation de la fonction publique, afin que les agents, les cadres et les hauts fonctionnaires apprennent ensemble à concevoir et gérer des services numériques.",
        },
        "problem": {
            "en": [
                "Early e-government projects in Jamaica were designed by a small group of technical specialists, while the staff who would run the new services had little exposure to them. Front-line officers often reverted to paper when systems felt unfamiliar.",
                "Senior managers, for their part, saw technology as an IT matter and rarely took ownership of process changes. Training was offered ad hoc by vendors and focused on software features rather than on service redesign.",
            ],
            "es": [
                "Los primeros proyectos de gobierno electrónico en Jamaica fueron diseñados por un pequeño grupo de especialistas técnicos, mientras que el personal que debía operar los nuevos servicios apenas los conocía. Los funcionarios de atención al público volvían con frecuencia al papel cuando los sistemas les resultaban ajenos.",
                "Los directivos, por su parte, veían la tecnología como un asunto del área informática y rara vez asumían los cambios de procesos. La capacitación la ofrecían los proveedores de forma puntual y se centraba en las funciones del software más que en el rediseño de los servicios.",
            ],
            "pt": [
                "Os primeiros projetos de governo eletrônico na Jamaica foram concebidos por um pequeno grupo de especialistas técnicos, enquanto os servidores que operariam os novos serviços mal os conheciam. No atendimento, era comum voltar ao papel quando os sistemas pareciam estranhos.",
                "Os gestores, por sua vez, viam a tecnologia como assunto da área de informática e raramente assumiam as mudanças de processo. A capacitação era oferecida pontualmente pelos fornecedores e tratava das funções do software, e não do redesenho dos serviços.",
            ],
            "fr": [
                "Les premiers projets d'administration électronique en Jamaïque étaient conçus par un petit groupe de spécialistes techniques, tandis que le personnel chargé de faire fonctionner les nouveaux services les connaissait à peine. Les agents d'accueil revenaient souvent au papier lorsque les systèmes leur semblaient étrangers.",
                "Les cadres dirigeants, de leur côté, considéraient la technologie comme une affaire de service informatique et s'appropriaient rarement les changements de procédures. Les formations, ponctuelles et dispensées par les fournisseurs, portaient sur les fonctions des logiciels plutôt que sur la refonte des services.",
            ],
        },
        "approach": {
            "en": [
                "With support from UN DESA and OAS training workshops, the national public service training institute built a tiered curriculum: digital basics for all staff, service redesign for middle managers, and leadership of change for permanent secretaries and agency heads.",
                "Short online modules were followed by face-to-face workshops in which mixed teams from the same ministry worked on one of their own services. Completion was recognised in performance appraisals, and graduates became peer coaches for the next cohort.",
            ],
            "es": [
                "Con el apoyo del DAES de las Naciones Unidas y de los talleres de formación de la OEA, el instituto nacional de formación del servicio público diseñó un plan de estudios por niveles: competencias digitales básicas para todo el personal, rediseño de servicios para mandos medios y liderazgo del cambio para secretarios permanentes y jefes de organismo.",
                "Los módulos breves en línea se completaban con talleres presenciales en los que equipos mixtos de un mismo ministerio trabajaban sobre uno de sus propios servicios. La aprobación de los cursos se reconocía en la evaluación del desempeño, y los egresados actuaban como tutores de la siguiente cohorte.",
            ],
            "pt": [
                "Com apoio do UN DESA e das oficinas de capacitação da OEA, o instituto nacional de formação do serviço público estruturou um currículo em níveis: competências digitais básicas para todos, redesenho de serviços para gerentes intermediários e liderança da mudança para secretários permanentes e dirigentes de órgãos.",
                "Os módulos curtos on-line eram seguidos de oficinas presenciais em que equipes mistas de um mesmo ministério trabalhavam em um de seus próprios serviços. A conclusão era reconhecida na avaliação de desempenho, e os egressos atuavam como tutores da turma seguinte.",
            ],
            "fr": [
                "Avec l'appui du DAES de l'ONU et des ateliers de formation de l'OEA, l'institut national de formation de la fonction publique a conçu un cursus à plusieurs niveaux : compétences numériques de base pour tous, refonte des services pour les cadres intermédiaires et conduite du changement pour les secrétaires permanents et les chefs d'organismes.",
                "Les courts modules en ligne étaient suivis d'ateliers en présentiel où des équipes mixtes d'un même ministère travaillaient sur l'un de leurs propres services. La réussite était prise en compte dans l'évaluation annuelle, et les diplômés devenaient tuteurs de la promotion suivante.",
            ],
        },
        "results": {
            "en": [
                "Ministries that sent whole teams, rather than individuals, redesigned services faster and reported fewer relapses to paper. The peer-coach network outlived the original project and continues to run workshops with its own budget line.",
            ],
            "es": [
                "Los ministerios que enviaron equipos completos, y no personas aisladas, rediseñaron sus servicios con mayor rapidez y registraron menos regresos al papel. La red de tutores sobrevivió al proyecto original y sigue organizando talleres con una partida presupuestaria propia.",
            ],
            "pt": [
                "Os ministérios que enviaram equipes inteiras, e não pessoas isoladas, redesenharam seus serviços mais rapidamente e tiveram menos recaídas no papel. A rede de tutores sobreviveu ao projeto original e continua promovendo oficinas com dotação orçamentária própria.",
            ],
            "fr": [
                "Les ministères qui ont envoyé des équipes entières, et non des agents isolés, ont refondu leurs services plus vite et sont moins souvent revenus au papier. Le réseau de tuteurs a survécu au projet initial et continue d'organiser des ateliers sur une ligne budgétaire propre.",
            ],
        },
        "lessons": {
            "en": [
                "Train teams around a real service, not individuals around a software package. The practical project gives the training immediate value and creates allies for change inside each ministry.",
                "Link learning to career recognition and hand the programme to a permanent national institution early. Donor-run courses tend to stop when the project ends; an institute with its own mandate keeps them going.",
            ],
            "es": [
                "Conviene formar equipos en torno a un servicio real y no a personas en torno a un programa informático. El proyecto práctico da valor inmediato a la formación y genera aliados del cambio dentro de cada ministerio.",
                "Hay que vincular el aprendizaje al reconocimiento profesional y transferir pronto el programa a una institución nacional permanente. Los cursos gestionados por donantes suelen terminar con el proyecto; un instituto con mandato propio los mantiene vivos.",
            ],
            "pt": [
                "Vale mais capacitar equipes em torno de um serviço real do que indivíduos em torno de um software. O projeto prático dá valor imediato à formação e cria aliados da mudança dentro de cada ministério.",
                "É importante vincular a aprendizagem ao reconhecimento na carreira e transferir cedo o programa para uma instituição nacional permanente. Cursos conduzidos por doadores costumam acabar com o projeto; um instituto com mandato próprio os mantém vivos.",
            ],
            "fr": [
                "Mieux vaut former des équipes autour d'un service réel que des individus autour d'un logiciel. Le projet concret donne une valeur immédiate à la formation et crée des alliés du changement au sein de chaque ministère.",
                "Il convient de lier l'apprentissage à la reconnaissance professionnelle et de confier tôt le programme à une institution nationale permanente. Les cours pilotés par les bailleurs s'arrêtent souvent avec le projet ; un institut doté de son propre mandat les fait durer.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/jamaica-tiered-curriculum",
                "title": {
                    "en": "Outline of the tiered e-government curriculum",
                    "es": "Esquema del plan de estudios por niveles en gobierno electrónico",
                    "pt": "Estrutura do currículo em níveis de governo eletrônico",
                    "fr": "Plan du cursus à plusieurs niveaux en administration électronique",
                },
            },
            {
                "url": "https://www.oas.org",
                "title": {
                    "en": "Organization of American States",
                    "es": "Organización de los Estados Americanos",
                    "pt": "Organização dos Estados Americanos",
                    "fr": "Organisation des États américains",
                },
            },
        ],
    },
    {
        "slug": "haiti-civil-registry-digitization-pilot",
        "source_locale": "fr",
        "workspace": "country-dialogue",
        "outcome": "avoid",
        "countries": ["HT"],
        "agencies": ["IDB", "OAS"],
        "year": 2008,
        "date": "2024-03-27",
        "topics": ["digital-identity", "building-trust"],
        "title": {
            "en": "Haiti: a civil registry digitization pilot with no plan for sustainability",
            "es": "Haití: un piloto de digitalización del registro civil sin plan de sostenibilidad",
            "pt": "Haiti: um piloto de digitalização do registro civil sem plano de sustentabilidade",
            "fr": "Haïti : un projet pilote de numérisation de l'état civil sans plan de pérennité",
        },
        "summary": {
            "en": "A pilot digitized civil registry records in a few municipalities, but without recurrent funding, update procedures or a link to identification services, the system fell into disuse.",
            "es": "Un proyecto piloto digitalizó los registros civiles de algunos municipios, pero la falta de financiamiento recurrente, de procedimientos de actualización y de vínculo con los servicios de identificación dejó el sistema en desuso.",
            "pt": "Um projeto-piloto digitalizou registros civis em alguns municípios, mas a falta de financiamento recorrente, de procedimentos de atualização e de vínculo com os serviços de identificação levou ao abandono do sistema.",
            "fr": "Un projet pilote a numérisé des registres d'état civil dans quelques communes, mais l'absence de financement récurrent, de procédures de mise à jour et de lien avec les services d'identification a laissé le système à l'abandon.",
        },
        "problem": {
            "en": [
                "A large share of Haiti's population lacked a reliable birth certificate, which made it harder to enrol in school, use health services or vote. Paper registers were fragile, scattered and often incomplete.",
                "Several partners wanted to act quickly and funded data entry of the registers in a small number of civil registry offices, before a national identification strategy had been agreed.",
            ],
            "es": [
                "Una parte importante de la población haitiana carecía de un acta de nacimiento fiable, lo que dificultaba el acceso a la escuela, a los servicios de salud y al voto. Los registros en papel eran frágiles, estaban dispersos y a menudo incompletos.",
                "Varios socios quisieron actuar con rapidez y financiaron la captura digital de los registros en unas pocas oficinas del registro civil, antes de que se acordara una estrategia nacional de identificación.",
            ],
            "pt": [
                "Uma grande parcela da população haitiana não tinha certidão de nascimento confiável, o que dificultava o acesso à escola, aos serviços de saúde e ao voto. Os livros de registro em papel eram frágeis, dispersos e muitas vezes incompletos.",
                "Vários parceiros quiseram agir rapidamente e financiaram a digitação dos registros em um pequeno número de cartórios de registro civil, antes que se definisse uma estratégia nacional de identificação.",
            ],
            "fr": [
                "Une grande partie de la population haïtienne ne disposait pas d'acte de naissance fiable, ce qui compliquait l'accès à l'école, aux services de santé et au vote. Les registres papier étaient fragiles, dispersés et souvent incomplets.",
                "Plusieurs partenaires ont voulu agir rapidement et ont financé la saisie informatique des registres dans un petit nombre d'offices d'état civil, avant qu'une stratégie nationale d'identification ne soit arrêtée.",
            ],
        },
        "approach": {
            "en": [
                "Temporary teams keyed existing records into a local database installed in each office, using custom software built by a contractor. Civil registrars received a short training on how to look up records.",
                "No budget was set aside for equipment maintenance, backup power or the entry of new births, and the database was not connected to the electoral roll or to the national identification services.",
            ],
            "es": [
                "Equipos temporales capturaron las actas existentes en una base de datos local instalada en cada oficina, con un software hecho a medida por un contratista. Los oficiales del registro civil recibieron una breve capacitación para consultar los datos.",
                "No se previó presupuesto para el mantenimiento de los equipos, la energía de respaldo ni el registro de los nuevos nacimientos, y la base no se conectó con el padrón electoral ni con los servicios nacionales de identificación.",
            ],
            "pt": [
                "Equipes temporárias digitaram os registros existentes em um banco de dados local instalado em cada cartório, com um software feito sob medida por uma empresa contratada. Os oficiais de registro receberam um breve treinamento para consultar os dados.",
                "Não se previu orçamento para a manutenção dos equipamentos, a energia de reserva nem o registro dos novos nascimentos, e o banco de dados não foi conectado ao cadastro eleitoral nem aos serviços nacionais de identificação.",
            ],
            "fr": [
                "Des équipes temporaires ont saisi les actes existants dans une base de données locale installée dans chaque office, avec un logiciel développé sur mesure par un prestataire. Les officiers d'état civil ont reçu une brève formation à la consultation des données.",
                "Aucun budget n'avait été prévu pour la maintenance des équipements, l'alimentation électrique de secours ou la saisie des nouvelles naissances, et la base n'était reliée ni au registre électoral ni aux services d'identification nationale.",
            ],
        },
        "results": {
            "en": [
                "Once the project ended, new records were again kept on paper only and the local databases quickly drifted out of date. Several computers broke down and were never replaced, and the data stopped being consulted.",
                "The pilot also left citizens with a sense of a broken promise, which made later birth registration campaigns harder.",
            ],
            "es": [
                "Al terminar el proyecto, las nuevas actas volvieron a asentarse solo en papel y las bases locales se desactualizaron rápidamente. Varios equipos se averiaron y nunca se reemplazaron, y los datos dejaron de consultarse.",
                "El piloto dejó además en la ciudadanía la sensación de una promesa incumplida, lo que dificultó las campañas posteriores de registro de nacimientos.",
            ],
            "pt": [
                "Com o fim do projeto, os novos registros voltaram a ser feitos apenas em papel e os bancos locais logo ficaram desatualizados. Vários computadores quebraram e nunca foram substituídos, e os dados deixaram de ser consultados.",
                "O piloto também deixou nos cidadãos a impressão de uma promessa não cumprida, o que dificultou as campanhas posteriores de registro de nascimentos.",
            ],
            "fr": [
                "Une fois le projet terminé, les nouveaux actes ont de nouveau été consignés uniquement sur papier, et les bases locales ont rapidement divergé de la réalité. Plusieurs ordinateurs sont tombés en panne sans être remplacés, et les données n'étaient plus consultées.",
                "Le pilote a aussi laissé aux citoyens l'impression d'une promesse non tenue, ce qui a compliqué les campagnes ultérieures d'enregistrement des naissances.",
            ],
        },
        "lessons": {
            "en": [
                "The failure was not technological but institutional: the project was built around digitizing archives, not around the daily process of registering births or paying for it over time.",
                "Start instead from a national identity and civil registration strategy owned by the responsible institution, coordinate donors through the country dialogue, and budget from the outset for recurrent costs, training and links with other registers.",
            ],
            "es": [
                "El fracaso no fue tecnológico sino institucional: el proyecto giraba en torno a digitalizar archivos y no en torno al proceso diario de registrar nacimientos ni a su financiamiento a largo plazo.",
                "Es preferible partir de una estrategia nacional de identidad y registro civil asumida por la institución responsable, coordinar a los donantes en el marco del diálogo con el país y presupuestar desde el inicio los costos recurrentes, la capacitación y la conexión con otros registros.",
            ],
            "pt": [
                "O fracasso não foi tecnológico, mas institucional: o projeto foi pensado para digitalizar arquivos, e não para o processo diário de registrar nascimentos nem para seu financiamento ao longo do tempo.",
                "O melhor é partir de uma estratégia nacional de identidade e registro civil assumida pela instituição responsável, coordenar os doadores no diálogo com o país e prever desde o início os custos recorrentes, a capacitação e a conexão com outros cadastros.",
            ],
            "fr": [
                "L'échec ne tenait pas à la technologie mais à l'absence d'appropriation institutionnelle : le projet était conçu autour de la saisie des archives, et non autour du processus quotidien d'enregistrement des naissances ni de son financement dans la durée.",
                "Il vaut mieux partir d'une stratégie nationale d'identité et d'état civil portée par l'institution responsable, coordonner les bailleurs dans le cadre du dialogue pays et prévoir dès l'origine les coûts récurrents, la formation et l'interconnexion avec les autres registres.",
            ],
        },
        "links": [],
    },
    {
        "slug": "uruguay-digital-government-agency",
        "source_locale": "es",
        "workspace": "policy-planning-area",
        "outcome": "adapt",
        "countries": ["UY"],
        "agencies": ["IDB"],
        "year": 2007,
        "date": "2024-05-08",
        "topics": ["policy-planning", "interoperability"],
        "title": {
            "en": "Uruguay: a digital government agency with its own mandate and budget",
            "es": "Uruguay: una agencia de gobierno digital con mandato y presupuesto propios",
            "pt": "Uruguai: uma agência de governo digital com mandato e orçamento próprios",
            "fr": "Uruguay : une agence du numérique public dotée d'un mandat et d'un budget propres",
        },
        "summary": {
            "en": "Uruguay set up an agency attached to the Presidency to coordinate digital government, with a multi-year plan, common technical standards and resources to support ministries, giving the agenda continuity across changes of government.",
            "es": "Uruguay creó una agencia dependiente de la Presidencia para coordinar el gobierno digital, con un plan plurianual, normas técnicas comunes y recursos para acompañar a los organismos, lo que dio continuidad a la agenda más allá de los cambios de gobierno.",
            "pt": "O Uruguai criou uma agência vinculada à Presidência para coordenar o governo digital, com um plano plurianual, normas técnicas comuns e recursos para apoiar os órgãos, o que deu continuidade à agenda para além das mudanças de governo.",
            "fr": "L'Uruguay a créé une agence rattachée à la Présidence pour coordonner l'administration numérique, avec un plan pluriannuel, des normes techniques communes et des moyens pour accompagner les ministères, assurant la continuité de l'agenda au-delà des alternances.",
        },
        "problem": {
            "en": [
                "E-government initiatives depended on the goodwill of each ministry and were designed without common standards. Every body procured its own systems, which then could not exchange information with one another.",
                "With no body empowered to set priorities, projects overlapped, vendors were hired twice for similar work, and citizens had to submit the same documents at several offices.",
            ],
            "es": [
                "Las iniciativas de gobierno electrónico dependían de la voluntad de cada ministerio y se diseñaban sin estándares comunes. Cada organismo contrataba sus propios sistemas, que luego no podían intercambiar información entre sí.",
                "Sin una instancia con autoridad para fijar prioridades, los proyectos se superponían, se contrataba dos veces a proveedores para trabajos similares y la ciudadanía debía presentar los mismos documentos en varias oficinas.",
            ],
            "pt": [
                "As iniciativas de governo eletrônico dependiam da vontade de cada ministério e eram concebidas sem padrões comuns. Cada órgão contratava seus próprios sistemas, que depois não conseguiam trocar informações entre si.",
                "Sem uma instância com autoridade para definir prioridades, os projetos se sobrepunham, fornecedores eram contratados duas vezes para trabalhos semelhantes e os cidadãos tinham de apresentar os mesmos documentos em vários balcões.",
            ],
            "fr": [
                "Les initiatives d'administration électronique dépendaient du bon vouloir de chaque ministère et étaient conçues sans normes communes. Chaque organisme achetait ses propres systèmes, qui ne pouvaient ensuite pas échanger d'informations entre eux.",
                "Faute d'instance habilitée à fixer les priorités, les projets se chevauchaient, des prestataires étaient engagés deux fois pour des travaux semblables et les citoyens devaient fournir les mêmes pièces à plusieurs guichets.",
            ],
        },
        "approach": {
            "en": [
                "A budget law created the agency under the Presidency, with a board on which the main ministries sat. The agency drew up a multi-year digital agenda and a set of standards on interoperability, information security and data protection.",
                "With technical and financial support from the IDB, the agency worked alongside ministries through mixed teams, co-financed projects aligned with the agenda and launched a shared interoperability platform instead of point-to-point integrations.",
            ],
            "es": [
                "Una ley de presupuesto creó la agencia en la órbita de la Presidencia, con un consejo directivo en el que participaban los principales ministerios. La agencia elaboró una agenda digital plurianual y un conjunto de normas sobre interoperabilidad, seguridad de la información y protección de datos.",
                "Con apoyo técnico y financiero del BID, la agencia acompañó a los organismos mediante equipos mixtos, cofinanció proyectos alineados con la agenda y puso en marcha una plataforma de interoperabilidad compartida en lugar de integraciones punto a punto.",
            ],
            "pt": [
                "Uma lei orçamentária criou a agência no âmbito da Presidência, com um conselho diretor integrado pelos principais ministérios. A agência elaborou uma agenda digital plurianual e um conjunto de normas sobre interoperabilidade, segurança da informação e proteção de dados.",
                "Com apoio técnico e financeiro do BID, a agência trabalhou lado a lado com os órgãos por meio de equipes mistas, cofinanciou projetos alinhados à agenda e implantou uma plataforma de interoperabilidade compartilhada no lugar de integrações ponto a ponto.",
            ],
            "fr": [
                "Une loi de finances a créé l'agence sous l'autorité de la Présidence, avec un conseil de direction réunissant les principaux ministères. L'agence a élaboré un agenda numérique pluriannuel et un ensemble de normes sur l'interopérabilité, la sécurité de l'information et la protection des données.",
                "Avec l'appui technique et financier de la BID, l'agence a accompagné les ministères au moyen d'équipes mixtes, cofinancé les projets conformes à l'agenda et mis en place une plateforme d'interopérabilité partagée plutôt que des connexions point à point.",
            ],
        },
        "results": {
            "en": [
                "The digital agenda survived successive changes of government and was updated regularly through consultation with ministries. Procedures that need data held by other bodies now obtain it through the common platform, reducing the paperwork asked of citizens.",
            ],
            "es": [
                "La agenda digital sobrevivió a sucesivos cambios de gobierno y se actualizó periódicamente mediante consultas con los organismos. Los trámites que requieren datos de otros organismos pasaron a obtenerlos por la plataforma común, lo que redujo la documentación exigida a la ciudadanía.",
            ],
            "pt": [
                "A agenda digital sobreviveu a sucessivas mudanças de governo e foi atualizada periodicamente em consulta com os órgãos. Os serviços que precisam de dados de outros órgãos passaram a obtê-los pela plataforma comum, o que reduziu a documentação exigida dos cidadãos.",
            ],
            "fr": [
                "L'agenda numérique a survécu à plusieurs alternances et a été actualisé régulièrement en concertation avec les ministères. Les démarches qui nécessitent des données détenues par d'autres organismes les obtiennent désormais via la plateforme commune, ce qui allège les pièces demandées aux citoyens.",
            ],
        },
        "lessons": {
            "en": [
                "The key was combining political authority, through the link to the Presidency, with money to co-finance: ministries follow common standards when they come with practical support.",
                "Countries adapting the model should size it to their scale. A small agency with a clear mandate and a few well-enforced standards achieves more than a large structure with blurred responsibilities.",
            ],
            "es": [
                "La clave fue combinar autoridad política, al depender de la Presidencia, con recursos para cofinanciar: los organismos siguen las normas comunes cuando estas vienen acompañadas de apoyo concreto.",
                "Los países que quieran adaptar el modelo deben dimensionarlo a su escala. Una agencia pequeña con un mandato claro y pocos estándares bien aplicados rinde más que una estructura grande con competencias difusas.",
            ],
            "pt": [
                "A chave foi combinar autoridade política, pela vinculação à Presidência, com recursos para cofinanciar: os órgãos seguem as normas comuns quando elas vêm acompanhadas de apoio concreto.",
                "Os países que quiserem adaptar o modelo devem dimensioná-lo à sua escala. Uma agência pequena, com mandato claro e poucos padrões bem aplicados, rende mais do que uma estrutura grande com competências difusas.",
            ],
            "fr": [
                "La clé a été d'associer une autorité politique, grâce au rattachement à la Présidence, à des moyens de cofinancement : les ministères respectent les normes communes quand elles s'accompagnent d'un appui concret.",
                "Les pays qui adaptent le modèle doivent le dimensionner à leur échelle. Une petite agence au mandat clair, appliquant quelques normes avec rigueur, obtient davantage qu'une grande structure aux compétences floues.",
            ],
        },
        "links": [
            {
                "url": "https://www.iadb.org",
                "title": {
                    "en": "Inter-American Development Bank",
                    "es": "Banco Interamericano de Desarrollo",
                    "pt": "Banco Interamericano de Desenvolvimento",
                    "fr": "Banque interaméricaine de développement",
                },
            },
        ],
    },
    {
        "slug": "barbados-open-data-portal",
        "source_locale": "en",
        "workspace": "platform-management",
        "outcome": "adapt",
        "countries": ["BB"],
        "agencies": ["DG", "WB"],
        "year": 2014,
        "date": "2024-06-12",
        "topics": ["open-data", "building-trust"],
        "title": {
            "en": "Barbados: an open data portal built around users' questions",
            "es": "Barbados: un portal de datos abiertos pensado desde las preguntas de los usuarios",
            "pt": "Barbados: um portal de dados abertos pensado a partir das perguntas dos usuários",
            "fr": "Barbade : un portail de données ouvertes conçu à partir des questions des usagers",
        },
        "summary": {
            "en": "Barbados launched an open data portal by first asking journalists, researchers and businesses which data they needed, then publishing a small set of well-maintained datasets with named custodians in each ministry.",
            "es": "Barbados lanzó un portal de datos abiertos preguntando primero a periodistas, investigadores y empresas qué datos necesitaban, y publicó luego un conjunto reducido de datos bien mantenidos, con responsables designados en cada ministerio.",
            "pt": "Barbados lançou um portal de dados abertos perguntando primeiro a jornalistas, pesquisadores e empresas de quais dados precisavam e, em seguida, publicou um conjunto enxuto de bases bem mantidas, com responsáveis designados em cada ministério.",
            "fr": "La Barbade a lancé un portail de données ouvertes en demandant d'abord aux journalistes, chercheurs et entreprises de quelles données ils avaient besoin, puis en publiant un petit ensemble de jeux bien tenus, avec un référent désigné dans chaque ministère.",
        },
        "problem": {
            "en": [
                "Government statistics and administrative data were scattered across ministry websites in inconsistent formats, often as scanned reports. Requests for data went through informal contacts and could take weeks to answer.",
                "Earlier attempts to publish data had produced long catalogues of one-off files that were never updated, which discouraged the few users who tried them.",
            ],
            "es": [
                "Las estadísticas oficiales y los datos administrativos estaban dispersos en los sitios web de los ministerios, en formatos dispares y a menudo como informes escaneados. Las solicitudes de datos se tramitaban por contactos informales y podían tardar semanas en responderse.",
                "Los intentos anteriores de publicar datos habían generado largos catálogos de archivos aislados que nunca se actualizaban, lo que desanimó a los pocos usuarios que los probaron.",
            ],
            "pt": [
                "As estatísticas oficiais e os dados administrativos estavam espalhados pelos sites dos ministérios, em formatos desencontrados e muitas vezes como relatórios digitalizados. Os pedidos de dados passavam por contatos informais e podiam levar semanas para serem atendidos.",
                "Tentativas anteriores de publicar dados haviam gerado longos catálogos de arquivos avulsos que nunca eram atualizados, o que desestimulou os poucos usuários que os experimentaram.",
            ],
            "fr": [
                "Les statistiques officielles et les données administratives étaient éparpillées sur les sites des ministères, dans des formats hétérogènes et souvent sous forme de rapports numérisés. Les demandes de données passaient par des contacts informels et pouvaient prendre des semaines.",
                "Les tentatives antérieures de publication avaient produit de longs catalogues de fichiers ponctuels jamais mis à jour, ce qui avait découragé les rares utilisateurs qui s'y étaient essayés.",
            ],
        },
        "approach": {
            "en": [
                "With advice from the World Bank and the Development Gateway, the government ran a short demand survey and a series of user roundtables before building anything. The first release was limited to datasets that users ranked highest and that ministries could commit to updating.",
                "Each dataset was given a named custodian, an update schedule and a plain-language description. The portal used an off-the-shelf open source catalogue, and an open licence was adopted so that re-use required no further permission.",
            ],
            "es": [
                "Con el asesoramiento del Banco Mundial y de Development Gateway, el gobierno realizó una breve encuesta de demanda y varias mesas redondas con usuarios antes de desarrollar nada. La primera versión se limitó a los conjuntos de datos mejor valorados por los usuarios que los ministerios podían comprometerse a actualizar.",
                "Cada conjunto de datos tuvo un responsable designado, un calendario de actualización y una descripción en lenguaje sencillo. El portal utilizó un catálogo de código abierto ya existente y se adoptó una licencia abierta para que la reutilización no requiriera más permisos.",
            ],
            "pt": [
                "Com assessoria do Banco Mundial e da Development Gateway, o governo fez uma breve pesquisa de demanda e uma série de rodas de conversa com usuários antes de desenvolver qualquer coisa. A primeira versão se limitou às bases mais valorizadas pelos usuários que os ministérios podiam se comprometer a atualizar.",
                "Cada base recebeu um responsável designado, um calendário de atualização e uma descrição em linguagem simples. O portal usou um catálogo de código aberto já disponível, e adotou-se uma licença aberta para que a reutilização dispensasse novas autorizações.",
            ],
            "fr": [
                "Avec les conseils de la Banque mondiale et de Development Gateway, le gouvernement a mené une courte enquête sur la demande et plusieurs tables rondes avec les usagers avant de développer quoi que ce soit. La première version se limitait aux jeux de données les mieux classés par les usagers et que les ministères pouvaient s'engager à mettre à jour.",
                "Chaque jeu de données s'est vu attribuer un référent nommément désigné, un calendrier de mise à jour et une description en langage clair. Le portail reposait sur un catalogue libre existant, et une licence ouverte a été adoptée pour que la réutilisation ne nécessite aucune autorisation supplémentaire.",
            ],
        },
        "results": {
            "en": [
                "Although the catalogue was small at launch, its datasets were current, and local media and university groups began using them in reporting and coursework.",
                "Ministries found that publishing routine data reduced the number of ad hoc requests they had to answer, which helped convince reluctant custodians to add further datasets.",
            ],
            "es": [
                "Aunque el catálogo era reducido al principio, sus datos estaban al día, y medios locales y grupos universitarios empezaron a utilizarlos en reportajes y trabajos académicos.",
                "Los ministerios comprobaron que publicar datos de rutina reducía las solicitudes puntuales que debían atender, lo que ayudó a convencer a los responsables más reticentes de añadir nuevos conjuntos.",
            ],
            "pt": [
                "Embora o catálogo fosse pequeno no lançamento, suas bases estavam atualizadas, e a imprensa local e grupos universitários passaram a usá-las em reportagens e trabalhos acadêmicos.",
                "Os ministérios perceberam que publicar dados rotineiros diminuía os pedidos avulsos que precisavam atender, o que ajudou a convencer os responsáveis mais relutantes a incluir novas bases.",
            ],
            "fr": [
                "Même si le catalogue était modeste au lancement, ses données étaient à jour, et des médias locaux ainsi que des groupes universitaires ont commencé à les utiliser dans leurs articles et leurs travaux.",
                "Les ministères ont constaté que la publication des données courantes réduisait le nombre de demandes ponctuelles à traiter, ce qui a aidé à convaincre les référents réticents d'ajouter d'autres jeux.",
            ],
        },
        "lessons": {
            "en": [
                "Start small and keep it current. A few reliable, regularly updated datasets build more trust than a large catalogue that decays, and a demand survey is a cheap way to choose them.",
                "Named custodians and update schedules matter more than the portal software. Smaller states can reuse existing open source catalogues and regional guidance rather than commissioning a custom platform.",
            ],
            "es": [
                "Conviene empezar con poco y mantenerlo al día. Unos pocos conjuntos fiables y actualizados con regularidad generan más confianza que un gran catálogo que se deteriora, y una encuesta de demanda es una forma económica de elegirlos.",
                "Los responsables designados y los calendarios de actualización importan más que el software del portal. Los Estados pequeños pueden reutilizar catálogos de código abierto y orientaciones regionales en lugar de encargar una plataforma a medida.",
            ],
            "pt": [
                "Comece pequeno e mantenha tudo atualizado. Poucas bases confiáveis e atualizadas com regularidade geram mais confiança do que um grande catálogo que se deteriora, e uma pesquisa de demanda é uma forma barata de escolhê-las.",
                "Responsáveis designados e calendários de atualização importam mais do que o software do portal. Estados pequenos podem reutilizar catálogos de código aberto e orientações regionais em vez de encomendar uma plataforma sob medida.",
            ],
            "fr": [
                "Mieux vaut commencer petit et rester à jour. Quelques jeux de données fiables et régulièrement actualisés inspirent davantage confiance qu'un vaste catalogue qui se dégrade, et une enquête sur la demande est un moyen peu coûteux de les choisir.",
                "Les référents désignés et les calendriers de mise à jour comptent plus que le logiciel du portail. Les petits États peuvent réutiliser des catalogues libres et des orientations régionales plutôt que de commander une plateforme sur mesure.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/open-data-demand-survey-template",
                "title": {
                    "en": "Open data demand survey template",
                    "es": "Plantilla de encuesta de demanda de datos abiertos",
                    "pt": "Modelo de pesquisa de demanda por dados abertos",
                    "fr": "Modèle d'enquête sur la demande de données ouvertes",
                },
            },
        ],
    },
    {
        "slug": "guatemala-uncoordinated-ministry-systems",
        "source_locale": "en",
        "workspace": "policy-planning-process",
        "outcome": "avoid",
        "countries": ["GT"],
        "agencies": ["WB"],
        "year": 1999,
        "date": "2024-07-30",
        "topics": ["interoperability", "policy-planning", "legal-regulatory"],
        "title": {
            "en": "Guatemala: ministry systems bought without shared standards",
            "es": "Guatemala: sistemas ministeriales adquiridos sin estándares compartidos",
            "pt": "Guatemala: sistemas ministeriais adquiridos sem padrões compartilhados",
            "fr": "Guatemala : des systèmes ministériels acquis sans normes communes",
        },
        "summary": {
            "en": "Several ministries acquired financial, personnel and case management systems separately, each with its own data formats and vendor contracts, leaving the government with costly islands of information that could not talk to each other.",
            "es": "Varios ministerios adquirieron por separado sistemas financieros, de personal y de gestión de expedientes, cada uno con sus propios formatos y contratos, y el Estado quedó con costosas islas de información incapaces de comunicarse entre sí.",
            "pt": "Vários ministérios adquiriram separadamente sistemas financeiros, de pessoal e de gestão de processos, cada um com seus próprios formatos e contratos, deixando o governo com ilhas de informação caras e incapazes de se comunicar.",
            "fr": "Plusieurs ministères ont acquis séparément des systèmes financiers, de gestion du personnel et de suivi des dossiers, chacun avec ses formats et ses contrats, laissant l'État avec des îlots d'information coûteux et incapables de communiquer.",
        },
        "problem": {
            "en": [
                "In the late 1990s, ministries were eager to modernise and several obtained financing for computerisation from different sources. Each project was prepared and tendered on its own, with no government-wide architecture or data standards.",
                "Nobody had the authority to review technology purchases across ministries, and procurement rules did not require compatibility with existing systems.",
            ],
            "es": [
                "A fines de los años noventa, los ministerios querían modernizarse y varios obtuvieron financiamiento para informatizarse de fuentes distintas. Cada proyecto se preparó y licitó por separado, sin una arquitectura común para todo el gobierno ni estándares de datos.",
                "Nadie tenía autoridad para revisar las compras de tecnología del conjunto de los ministerios, y las normas de contratación no exigían compatibilidad con los sistemas existentes.",
            ],
            "pt": [
                "No fim dos anos 1990, os ministérios estavam ansiosos por se modernizar e vários obtiveram financiamento para informatização de fontes diferentes. Cada projeto foi preparado e licitado isoladamente, sem uma arquitetura comum de governo nem padrões de dados.",
                "Ninguém tinha autoridade para revisar as compras de tecnologia do conjunto dos ministérios, e as regras de contratação não exigiam compatibilidade com os sistemas existentes.",
            ],
            "fr": [
                "À la fin des années 1990, les ministères étaient pressés de se moderniser et plusieurs ont obtenu des financements pour leur informatisation auprès de sources différentes. Chaque projet a été préparé et mis en concurrence isolément, sans architecture commune à l'ensemble de l'administration ni normes de données.",
                "Personne n'avait l'autorité nécessaire pour examiner les achats informatiques de l'ensemble des ministères, et les règles de passation des marchés n'exigeaient aucune compatibilité avec les systèmes existants.",
            ],
        },
        "approach": {
            "en": [
                "Ministries contracted turnkey systems from different vendors, often with proprietary databases and licences tied to the supplier. Citizen and employee identifiers were coded differently in each system.",
                "When the finance ministry later tried to consolidate payroll and budget execution, it had to commission custom interfaces for each ministry, and several vendors charged for access to their own data structures.",
            ],
            "es": [
                "Los ministerios contrataron sistemas llave en mano con distintos proveedores, a menudo con bases de datos propietarias y licencias atadas al proveedor. Los identificadores de ciudadanos y empleados se codificaban de manera diferente en cada sistema.",
                "Cuando el Ministerio de Finanzas intentó más tarde consolidar la nómina y la ejecución presupuestaria, tuvo que encargar interfaces a medida para cada ministerio, y varios proveedores cobraron por dar acceso a sus propias estructuras de datos.",
            ],
            "pt": [
                "Os ministérios contrataram sistemas chave na mão de fornecedores diferentes, muitas vezes com bancos de dados proprietários e licenças atreladas ao fornecedor. Os identificadores de cidadãos e servidores eram codificados de forma diferente em cada sistema.",
                "Quando o Ministério das Finanças tentou depois consolidar a folha de pagamento e a execução orçamentária, teve de encomendar interfaces sob medida para cada ministério, e vários fornecedores cobraram para dar acesso às suas próprias estruturas de dados.",
            ],
            "fr": [
                "Les ministères ont commandé des systèmes clés en main à différents fournisseurs, souvent avec des bases de données propriétaires et des licences liées au prestataire. Les identifiants des citoyens et des agents étaient codés différemment dans chaque système.",
                "Lorsque le ministère des Finances a voulu plus tard consolider la paie et l'exécution budgétaire, il a dû commander des interfaces sur mesure pour chaque ministère, et plusieurs fournisseurs ont facturé l'accès à leurs propres structures de données.",
            ],
        },
        "results": {
            "en": [
                "Integration costs and delays outweighed much of the expected benefit, some systems were replaced before the end of their useful life, and for years the government could not produce consolidated figures without manual reconciliation.",
            ],
            "es": [
                "Los costos y las demoras de integración anularon buena parte del beneficio esperado, algunos sistemas se reemplazaron antes del fin de su vida útil y durante años el gobierno no pudo obtener cifras consolidadas sin conciliaciones manuales.",
            ],
            "pt": [
                "Os custos e atrasos de integração anularam boa parte do benefício esperado, alguns sistemas foram substituídos antes do fim de sua vida útil e, por anos, o governo não conseguiu obter números consolidados sem conciliações manuais.",
            ],
            "fr": [
                "Les coûts et les délais d'intégration ont absorbé une grande partie des bénéfices attendus, certains systèmes ont été remplacés avant la fin de leur vie utile et, pendant des années, l'État n'a pu produire de chiffres consolidés sans rapprochements manuels.",
            ],
        },
        "lessons": {
            "en": [
                "The root cause was the absence of a planning process above the level of individual projects. Each purchase was reasonable on its own, but together they created lock-in and duplication.",
                "Before financing ministry systems, agree on a small set of mandatory standards for identifiers, data exchange and open interfaces, give a central body the power to review purchases against them, and write data ownership and export rights into every contract.",
            ],
            "es": [
                "La causa de fondo fue la ausencia de un proceso de planificación por encima de los proyectos individuales. Cada compra era razonable por sí sola, pero en conjunto generaron dependencia de proveedores y duplicación.",
                "Antes de financiar sistemas ministeriales, hay que acordar un pequeño conjunto de estándares obligatorios para identificadores, intercambio de datos e interfaces abiertas, dar a un organismo central la facultad de revisar las compras con base en ellos e incluir en cada contrato la propiedad de los datos y el derecho a exportarlos.",
            ],
            "pt": [
                "A causa de fundo foi a ausência de um processo de planejamento acima do nível dos projetos individuais. Cada compra era razoável isoladamente, mas, juntas, geraram dependência de fornecedores e duplicação.",
                "Antes de financiar sistemas ministeriais, é preciso acordar um pequeno conjunto de padrões obrigatórios para identificadores, troca de dados e interfaces abertas, dar a um órgão central o poder de revisar as compras com base neles e incluir em todo contrato a titularidade dos dados e o direito de exportá-los.",
            ],
            "fr": [
                "La cause profonde était l'absence de processus de planification au-dessus des projets pris isolément. Chaque achat se justifiait en soi, mais leur somme a créé dépendance envers les fournisseurs et doublons.",
                "Avant de financer des systèmes ministériels, il faut convenir d'un petit ensemble de normes obligatoires pour les identifiants, l'échange de données et les interfaces ouvertes, donner à un organe central le pouvoir de contrôler les achats au regard de ces normes et inscrire dans chaque contrat la propriété des données et le droit de les exporter.",
            ],
        },
        "links": [],
    },
    {
        "slug": "brazil-electronic-reverse-auction",
        "source_locale": "pt",
        "workspace": "country-dialogue",
        "outcome": "adapt",
        "countries": ["BR"],
        "agencies": ["WB"],
        "year": 2005,
        "date": "2024-09-04",
        "topics": ["e-procurement", "legal-regulatory"],
        "title": {
            "en": "Brazil: electronic reverse auctions as the default for common goods and services",
            "es": "Brasil: la subasta inversa electrónica como regla para bienes y servicios comunes",
            "pt": "Brasil: pregão eletrônico como regra nas compras de bens e serviços comuns",
            "fr": "Brésil : les enchères inversées électroniques, règle pour les achats courants",
        },
        "summary": {
            "en": "The federal government made electronic reverse auctions the preferred method for buying common goods and services, with online bidding open to suppliers nationwide, widening competition and shortening procurement times.",
            "es": "El gobierno federal convirtió la subasta inversa electrónica en la modalidad preferente para adquirir bienes y servicios comunes, con pujas en línea abiertas a proveedores de todo el país, lo que amplió la competencia y acortó los plazos de compra.",
            "pt": "O governo federal tornou o pregão eletrônico a modalidade preferencial para bens e serviços comuns, com lances on-line abertos a fornecedores de todo o país, o que ampliou a concorrência e reduziu o tempo das compras.",
            "fr": "Le gouvernement fédéral a fait des enchères inversées électroniques la procédure privilégiée pour l'achat de biens et services courants, avec des offres en ligne ouvertes aux fournisseurs de tout le pays, ce qui a élargi la concurrence et raccourci les délais.",
        },
        "problem": {
            "en": [
                "Traditional tendering methods required reviewing the qualification documents of every bidder before opening prices, which made buying simple items slow and prone to appeals.",
                "Suppliers from other regions found it hard to attend in-person sessions, so competition was limited to local firms, with uncompetitive prices and a risk of collusion.",
            ],
            "es": [
                "Las modalidades tradicionales de licitación exigían revisar los documentos de habilitación de todos los oferentes antes de abrir las ofertas económicas, lo que volvía lentas y propensas a impugnaciones las compras de artículos sencillos.",
                "A los proveedores de otras regiones les costaba asistir a sesiones presenciales, de modo que la competencia se limitaba a empresas locales, con precios poco competitivos y riesgo de colusión.",
            ],
            "pt": [
                "As modalidades tradicionais de licitação exigiam a análise dos documentos de habilitação de todos os participantes antes da abertura das propostas, o que tornava as compras de itens simples lentas e sujeitas a recursos.",
                "Fornecedores de outras regiões tinham dificuldade em participar de sessões presenciais, e a concorrência ficava restrita a empresas locais, com preços pouco competitivos e risco de conluio.",
            ],
            "fr": [
                "Les procédures traditionnelles imposaient d'examiner les pièces de qualification de tous les soumissionnaires avant l'ouverture des prix, ce qui rendait l'achat d'articles simples lent et exposé aux recours.",
                "Les fournisseurs d'autres régions pouvaient difficilement assister aux séances en présentiel ; la concurrence se limitait donc aux entreprises locales, avec des prix peu compétitifs et un risque d'entente.",
            ],
        },
        "approach": {
            "en": [
                "Legislation introduced the reverse auction, in which price bids are opened first and only the winner's documents are reviewed. A later regulation made the electronic form mandatory, barring justification, for common goods and services in the federal government.",
                "Sessions moved to a national procurement portal with a single supplier register and anonymous real-time bidding. Auction officers were trained and certified, and the results of each session are available for public consultation.",
            ],
            "es": [
                "La legislación incorporó la subasta inversa, en la que primero se abren las pujas de precio y solo se revisa la documentación del ganador. Un reglamento posterior hizo obligatoria la forma electrónica, salvo justificación, para bienes y servicios comunes en el gobierno federal.",
                "Las sesiones pasaron a realizarse en un portal nacional de compras, con un registro único de proveedores y pujas anónimas en tiempo real. Los funcionarios a cargo de las subastas fueron capacitados y certificados, y los resultados de cada sesión quedan disponibles para consulta pública.",
            ],
            "pt": [
                "A legislação passou a prever o pregão, em que os lances de preço são abertos primeiro e somente a documentação do vencedor é examinada. Um regulamento posterior tornou a forma eletrônica obrigatória, salvo justificativa, para bens e serviços comuns no governo federal.",
                "As sessões passaram a ocorrer em um portal nacional de compras, com cadastro único de fornecedores e lances anônimos em tempo real. Os pregoeiros foram capacitados e certificados, e os resultados de cada sessão ficam disponíveis para consulta pública.",
            ],
            "fr": [
                "La législation a instauré l'enchère inversée, dans laquelle les offres de prix sont ouvertes en premier et seules les pièces du lauréat sont examinées. Un règlement ultérieur a rendu la forme électronique obligatoire, sauf justification, pour les biens et services courants de l'administration fédérale.",
                "Les séances se déroulent désormais sur un portail national des achats, avec un registre unique des fournisseurs et des offres anonymes en temps réel. Les agents chargés des enchères ont été formés et certifiés, et les résultats de chaque séance sont consultables par le public.",
            ],
        },
        "results": {
            "en": [
                "The number of bidders per process increased, including small firms from other states, and agencies reported substantial savings in price and time when buying standard items. The model was later taken up by many states and municipalities.",
            ],
            "es": [
                "Aumentó el número de oferentes por proceso, incluidas pequeñas empresas de otros estados, y los organismos informaron ahorros importantes de precio y de tiempo en las compras de artículos estandarizados. El modelo fue adoptado después por numerosos estados y municipios.",
            ],
            "pt": [
                "O número de fornecedores por processo aumentou, inclusive de micro e pequenas empresas de outros estados, e os órgãos relataram reduções expressivas de preço e de prazo nas compras de itens padronizados. O modelo foi depois adotado por muitos estados e municípios.",
            ],
            "fr": [
                "Le nombre de soumissionnaires par procédure a augmenté, y compris de petites entreprises d'autres États, et les organismes ont fait état d'économies notables en prix et en délais pour les articles standard. Le modèle a ensuite été repris par de nombreux États fédérés et municipalités.",
            ],
        },
        "lessons": {
            "en": [
                "The gains came as much from the legal change, which reversed the stages of the tender, as from the electronic platform. Countries adapting the practice should first review the sequence of steps set out in law.",
                "Reverse auctions work well for standard items but not for works or complex services, where the lowest price can compromise quality. Define clearly what counts as a common good and invest in standard catalogues and specifications.",
            ],
            "es": [
                "La ganancia provino tanto del cambio jurídico, que invirtió las etapas de la licitación, como de la plataforma electrónica. Los países que adapten la práctica deberían revisar primero la secuencia de etapas prevista en la ley.",
                "La subasta inversa funciona bien para artículos estandarizados, pero no para obras ni servicios complejos, donde el precio más bajo puede comprometer la calidad. Es esencial definir con claridad qué es un bien común e invertir en catálogos y especificaciones estandarizadas.",
            ],
            "pt": [
                "O ganho veio tanto da mudança jurídica, que inverteu as fases da licitação, quanto da plataforma eletrônica. Países que adaptarem a prática devem revisar primeiro a sequência de etapas prevista em lei.",
                "O pregão funciona bem para itens padronizados, mas não para obras ou serviços complexos, em que o menor preço pode comprometer a qualidade. É essencial definir com clareza o que é um bem comum e investir em catálogos e especificações padronizadas.",
            ],
            "fr": [
                "Les gains sont venus autant de la réforme juridique, qui a inversé les étapes de la procédure, que de la plateforme électronique. Les pays qui adaptent cette pratique devraient d'abord revoir la séquence d'étapes prévue par la loi.",
                "L'enchère inversée convient aux articles standard, mais pas aux travaux ni aux services complexes, pour lesquels le prix le plus bas peut nuire à la qualité. Il est essentiel de définir clairement ce qu'est un bien courant et d'investir dans des catalogues et des spécifications normalisés.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/brazil-reverse-auction-technical-note",
                "title": {
                    "en": "Technical note: electronic reverse auctions in the federal government",
                    "es": "Nota técnica: la subasta inversa electrónica en el gobierno federal",
                    "pt": "Nota técnica: o pregão eletrônico no governo federal",
                    "fr": "Note technique : les enchères inversées électroniques dans l'administration fédérale",
                },
            },
        ],
    },
    {
        "slug": "trinidad-tobago-community-access-centres",
        "source_locale": "en",
        "workspace": "skills-development-area",
        "outcome": "adapt",
        "countries": ["TT"],
        "agencies": ["ICA", "UNDESA"],
        "year": 2009,
        "date": "2024-10-15",
        "topics": ["connectivity", "skills-development"],
        "title": {
            "en": "Trinidad and Tobago: community access centres that teach people to use e-services",
            "es": "Trinidad y Tobago: centros comunitarios que enseñan a usar los servicios en línea",
            "pt": "Trinidad e Tobago: centros comunitários que ensinam a usar serviços on-line",
            "fr": "Trinité-et-Tobago : des centres communautaires qui initient aux services en ligne",
        },
        "summary": {
            "en": "Community access centres in libraries and community halls combined free internet access with trained facilitators who helped residents use online government services, turning connectivity into actual use.",
            "es": "Centros de acceso comunitario instalados en bibliotecas y salones comunales combinaron internet gratuita con facilitadores capacitados que ayudaban a los vecinos a usar los servicios públicos en línea, convirtiendo la conectividad en uso real.",
            "pt": "Centros de acesso comunitário em bibliotecas e salões comunitários combinaram internet gratuita com facilitadores capacitados que ajudavam os moradores a usar os serviços públicos on-line, transformando conectividade em uso efetivo.",
            "fr": "Des centres d'accès communautaires installés dans des bibliothèques et des salles de quartier ont associé un accès gratuit à internet à des animateurs formés qui aidaient les habitants à utiliser les services publics en ligne.",
        },
        "problem": {
            "en": [
                "As more government services went online, residents of rural areas and low-income neighbourhoods risked being left behind. Many had no home connection, and those who did often lacked the confidence to complete official forms online.",
                "Earlier telecentre projects had focused on installing computers and had paid little attention to who would help visitors or how the centres would be staffed.",
            ],
            "es": [
                "A medida que más servicios públicos pasaban a internet, los habitantes de zonas rurales y barrios de bajos ingresos corrían el riesgo de quedarse atrás. Muchos no tenían conexión en casa, y quienes la tenían a menudo no se sentían seguros para completar trámites oficiales en línea.",
                "Los proyectos de telecentros anteriores se habían centrado en instalar computadoras y habían prestado poca atención a quién ayudaría a los usuarios o a cómo se dotaría de personal a los centros.",
            ],
            "pt": [
                "À medida que mais serviços públicos migravam para a internet, moradores de áreas rurais e bairros de baixa renda corriam o risco de ficar para trás. Muitos não tinham conexão em casa, e os que tinham muitas vezes não se sentiam seguros para preencher formulários oficiais on-line.",
                "Projetos anteriores de telecentros haviam se concentrado na instalação de computadores e dado pouca atenção a quem ajudaria os usuários ou a como os centros seriam mantidos com pessoal.",
            ],
            "fr": [
                "À mesure que les services publics passaient en ligne, les habitants des zones rurales et des quartiers modestes risquaient d'être laissés pour compte. Beaucoup n'avaient pas de connexion à domicile, et ceux qui en avaient manquaient souvent d'assurance pour remplir des formulaires officiels en ligne.",
                "Les projets de télécentres antérieurs s'étaient concentrés sur l'installation d'ordinateurs et s'étaient peu souciés de savoir qui aiderait les visiteurs ou comment les centres seraient dotés en personnel.",
            ],
        },
        "approach": {
            "en": [
                "Centres were placed in existing public libraries and community halls, which already had staff, opening hours and the trust of local residents. Each centre had at least one facilitator trained to assist with the most used e-services.",
                "The Institute for Connectivity in the Americas shared facilitator training material from other telecentre networks, and UN DESA advised on linking the centres to the national e-services roadmap. Short courses on digital basics were offered free of charge, with sessions tailored to older people and small business owners.",
            ],
            "es": [
                "Los centros se instalaron en bibliotecas públicas y salones comunales ya existentes, que contaban con personal, horarios y la confianza de los vecinos. Cada centro tenía al menos un facilitador capacitado para ayudar con los servicios en línea más utilizados.",
                "El Instituto para la Conectividad en las Américas compartió materiales de formación de facilitadores de otras redes de telecentros, y el DAES de las Naciones Unidas asesoró sobre la vinculación de los centros con la hoja de ruta nacional de servicios electrónicos. Se ofrecieron cursos breves y gratuitos de competencias digitales básicas, con sesiones adaptadas a personas mayores y pequeños empresarios.",
            ],
            "pt": [
                "Os centros foram instalados em bibliotecas públicas e salões comunitários já existentes, que tinham pessoal, horário de funcionamento e a confiança dos moradores. Cada centro contava com pelo menos um facilitador capacitado para ajudar com os serviços on-line mais usados.",
                "O Instituto para a Conectividade nas Américas compartilhou materiais de formação de facilitadores de outras redes de telecentros, e o UN DESA orientou a vinculação dos centros ao roteiro nacional de serviços eletrônicos. Foram oferecidos cursos curtos e gratuitos de competências digitais básicas, com turmas voltadas a idosos e pequenos empreendedores.",
            ],
            "fr": [
                "Les centres ont été installés dans des bibliothèques publiques et des salles communautaires existantes, qui disposaient déjà de personnel, d'horaires d'ouverture et de la confiance des habitants. Chaque centre comptait au moins un animateur formé pour accompagner les usagers dans les services en ligne les plus utilisés.",
                "L'Institut pour la connectivité dans les Amériques a partagé des supports de formation d'animateurs issus d'autres réseaux de télécentres, et le DAES de l'ONU a conseillé sur l'articulation des centres avec la feuille de route nationale des services en ligne. De courtes formations gratuites aux bases du numérique ont été proposées, avec des séances adaptées aux personnes âgées et aux petits entrepreneurs.",
            ],
        },
        "results": {
            "en": [
                "Centres hosted in libraries stayed open and staffed long after start-up funding ended, and facilitators became an informal channel for reporting problems with online forms back to the agencies that owned them.",
            ],
            "es": [
                "Los centros alojados en bibliotecas siguieron abiertos y con personal mucho después de terminado el financiamiento inicial, y los facilitadores se convirtieron en un canal informal para comunicar a los organismos responsables los problemas de sus formularios en línea.",
            ],
            "pt": [
                "Os centros instalados em bibliotecas continuaram abertos e com pessoal muito depois do fim do financiamento inicial, e os facilitadores se tornaram um canal informal para relatar aos órgãos responsáveis os problemas de seus formulários on-line.",
            ],
            "fr": [
                "Les centres hébergés dans des bibliothèques sont restés ouverts et dotés en personnel bien après la fin du financement de démarrage, et les animateurs sont devenus un canal informel pour signaler aux organismes concernés les problèmes de leurs formulaires en ligne.",
            ],
        },
        "lessons": {
            "en": [
                "Host access points in institutions that already exist and are trusted, and budget for people rather than only for equipment. A facilitator is what turns a room with computers into a place where residents complete real transactions.",
                "Feed what facilitators learn back into service design. Their daily experience is an inexpensive source of usability testing for government websites.",
            ],
            "es": [
                "Conviene alojar los puntos de acceso en instituciones que ya existen y gozan de confianza, y presupuestar personas y no solo equipos. El facilitador es lo que convierte una sala con computadoras en un lugar donde los vecinos realizan trámites reales.",
                "Lo que aprenden los facilitadores debe volver al diseño de los servicios. Su experiencia diaria es una fuente económica de pruebas de usabilidad para los sitios web del gobierno.",
            ],
            "pt": [
                "Vale instalar os pontos de acesso em instituições que já existem e têm a confiança da população, e prever orçamento para pessoas, não apenas para equipamentos. É o facilitador que transforma uma sala com computadores em um lugar onde os moradores resolvem demandas reais.",
                "O que os facilitadores aprendem deve retornar ao desenho dos serviços. A experiência cotidiana deles é uma fonte barata de testes de usabilidade para os sites do governo.",
            ],
            "fr": [
                "Il convient d'installer les points d'accès dans des institutions existantes et dignes de confiance, et de budgétiser des personnes et pas seulement du matériel. C'est l'animateur qui transforme une salle équipée d'ordinateurs en un lieu où les habitants accomplissent de vraies démarches.",
                "Ce que les animateurs apprennent doit nourrir la conception des services. Leur expérience quotidienne constitue une source peu coûteuse de tests d'ergonomie pour les sites publics.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/community-access-facilitator-guide",
                "title": {
                    "en": "Facilitator guide for community access centres",
                    "es": "Guía para facilitadores de centros de acceso comunitario",
                    "pt": "Guia para facilitadores de centros de acesso comunitário",
                    "fr": "Guide de l'animateur des centres d'accès communautaires",
                },
            },
        ],
    },
    {
        "slug": "bolivia-e-participation-portal-without-follow-up",
        "source_locale": "es",
        "workspace": "policy-planning-area",
        "outcome": "avoid",
        "countries": ["BO"],
        "agencies": ["OAS"],
        "year": 2011,
        "date": "2024-11-26",
        "topics": ["e-participation", "building-trust"],
        "title": {
            "en": "Bolivia: a citizen participation portal with no commitment to respond",
            "es": "Bolivia: un portal de participación ciudadana sin compromiso de respuesta",
            "pt": "Bolívia: um portal de participação cidadã sem compromisso de resposta",
            "fr": "Bolivie : un portail de participation citoyenne sans engagement de réponse",
        },
        "summary": {
            "en": "A portal invited citizens to comment on draft regulations and public policies, but with no procedure for analysing and answering contributions, participation dropped quickly and distrust grew.",
            "es": "Un portal invitó a la ciudadanía a opinar sobre proyectos normativos y políticas públicas, pero al no existir procedimientos para analizar y responder los aportes, la participación cayó rápidamente y aumentó la desconfianza.",
            "pt": "Um portal convidou os cidadãos a opinar sobre minutas de normas e políticas públicas, mas, sem procedimentos para analisar e responder às contribuições, a participação caiu rapidamente e a desconfiança aumentou.",
            "fr": "Un portail invitait les citoyens à commenter des projets de textes et des politiques publiques, mais faute de procédure pour analyser les contributions et y répondre, la participation a vite chuté et la défiance s'est accrue.",
        },
        "problem": {
            "en": [
                "Civil society organisations were calling for more ways to influence public decisions, and face-to-face consultations reached few people outside the main cities.",
                "The government saw a participation portal as a quick and visible way to respond to that demand, and launched it with a broad publicity campaign.",
            ],
            "es": [
                "Las organizaciones sociales reclamaban más espacios para incidir en las decisiones públicas, y las consultas presenciales llegaban a pocas personas fuera de las ciudades principales.",
                "El gobierno vio en un portal de participación una forma rápida y visible de responder a esa demanda, y lo lanzó con una amplia campaña de difusión.",
            ],
            "pt": [
                "Organizações sociais reivindicavam mais espaços para influir nas decisões públicas, e as consultas presenciais alcançavam poucas pessoas fora das principais cidades.",
                "O governo viu em um portal de participação uma forma rápida e visível de atender a essa demanda e o lançou com uma ampla campanha de divulgação.",
            ],
            "fr": [
                "Les organisations de la société civile réclamaient davantage de moyens d'influer sur les décisions publiques, et les consultations en présentiel touchaient peu de personnes en dehors des grandes villes.",
                "Le gouvernement a vu dans un portail de participation un moyen rapide et visible de répondre à cette demande, et l'a lancé avec une vaste campagne de communication.",
            ],
        },
        "approach": {
            "en": [
                "Ministries posted drafts and opened comment forums for a few weeks. No one was made responsible for reading the contributions, there were no deadlines, and nothing was said about how participants would learn what had been done with their input.",
                "The portal was available in Spanish only and required registration with several personal details, with no alternative channels for people without a connection or who preferred to express themselves in Indigenous languages.",
            ],
            "es": [
                "Los ministerios publicaban borradores y abrían foros de comentarios durante algunas semanas. No se definió quién debía leer los aportes, en qué plazo ni cómo se informaría a los participantes sobre lo que se había hecho con ellos.",
                "El portal solo estaba disponible en castellano y exigía un registro con varios datos personales, sin ofrecer canales alternativos para quienes no tenían conexión o preferían expresarse en lenguas originarias.",
            ],
            "pt": [
                "Os ministérios publicavam minutas e abriam fóruns de comentários por algumas semanas. Não se definiu quem leria as contribuições, em que prazo nem como os participantes seriam informados sobre o que foi feito com elas.",
                "O portal só estava disponível em espanhol e exigia cadastro com vários dados pessoais, sem oferecer canais alternativos para quem não tinha conexão ou preferia se expressar em línguas indígenas.",
            ],
            "fr": [
                "Les ministères publiaient des projets de textes et ouvraient des forums de commentaires pendant quelques semaines. Personne n'était chargé de lire les contributions, aucun délai n'était fixé et rien ne prévoyait d'informer les participants des suites données.",
                "Le portail n'existait qu'en espagnol et exigeait une inscription avec plusieurs données personnelles, sans autre canal pour les personnes non connectées ou préférant s'exprimer dans une langue autochtone.",
            ],
        },
        "results": {
            "en": [
                "After a lively start, comments fell sharply within a few months. Several organisations publicly complained that their contributions had never been considered.",
                "The portal came to be seen as a public relations exercise, and that perception also damaged other government consultation efforts.",
            ],
            "es": [
                "Tras un arranque con mucha actividad, los comentarios disminuyeron de forma marcada en pocos meses. Varias organizaciones denunciaron públicamente que sus aportes nunca habían sido considerados.",
                "El portal acabó siendo percibido como un ejercicio de imagen, y esa percepción afectó también a otras iniciativas de consulta del gobierno.",
            ],
            "pt": [
                "Depois de um início movimentado, os comentários caíram acentuadamente em poucos meses. Várias organizações denunciaram publicamente que suas contribuições nunca haviam sido consideradas.",
                "O portal passou a ser visto como um exercício de imagem, e essa percepção prejudicou também outras iniciativas de consulta do governo.",
            ],
            "fr": [
                "Après un démarrage très actif, les commentaires ont fortement diminué en quelques mois. Plusieurs organisations ont dénoncé publiquement le fait que leurs contributions n'avaient jamais été prises en compte.",
                "Le portail a fini par être perçu comme une opération de communication, et cette perception a aussi nui à d'autres démarches de consultation du gouvernement.",
            ],
        },
        "lessons": {
            "en": [
                "Online participation builds trust only when it has visible consequences. Without a feedback loop, a consultation portal can harm the relationship with citizens more than not consulting at all.",
                "Before opening a channel, assign responsibilities and deadlines, commit to publishing a report on how contributions were used, and combine online consultation with face-to-face sessions held in the languages people speak.",
            ],
            "es": [
                "La participación en línea genera confianza solo si tiene consecuencias visibles. Sin un circuito de respuesta, un portal de consulta puede dañar la relación con la ciudadanía más que no consultar.",
                "Antes de abrir un canal, conviene definir responsables y plazos, comprometerse a publicar un informe sobre cómo se usaron los aportes y combinar la consulta en línea con instancias presenciales en las lenguas que habla la población.",
            ],
            "pt": [
                "A participação on-line só gera confiança quando tem consequências visíveis. Sem um circuito de resposta, um portal de consulta pode prejudicar a relação com os cidadãos mais do que não consultar.",
                "Antes de abrir um canal, convém definir responsáveis e prazos, comprometer-se a publicar um relatório sobre como as contribuições foram usadas e combinar a consulta on-line com encontros presenciais nas línguas faladas pela população.",
            ],
            "fr": [
                "La participation en ligne ne crée de la confiance que si elle a des effets visibles. Sans boucle de retour, un portail de consultation peut abîmer la relation avec les citoyens davantage que l'absence de consultation.",
                "Avant d'ouvrir un canal, il faut désigner des responsables, fixer des délais, s'engager à publier un bilan de l'usage des contributions et associer la consultation en ligne à des rencontres en présentiel dans les langues parlées par la population.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/online-consultation-checklist",
                "title": {
                    "en": "Checklist for meaningful online consultations",
                    "es": "Lista de verificación para consultas en línea con incidencia real",
                    "pt": "Lista de verificação para consultas on-line com impacto real",
                    "fr": "Liste de contrôle pour des consultations en ligne utiles",
                },
            },
        ],
    },
    {
        "slug": "mexico-single-national-portal",
        "source_locale": "en",
        "workspace": "interaction-platform",
        "outcome": "adapt",
        "countries": ["MX"],
        "agencies": ["OAS", "IDB"],
        "year": 2015,
        "date": "2025-01-14",
        "topics": ["interoperability", "building-trust"],
        "title": {
            "en": "Mexico: one national portal for procedures across federal agencies",
            "es": "México: un portal nacional único para los trámites de las dependencias federales",
            "pt": "México: um portal nacional único para os serviços dos órgãos federais",
            "fr": "Mexique : un portail national unique pour les démarches des administrations fédérales",
        },
        "summary": {
            "en": "Mexico consolidated many separate federal websites into a single national portal with common design rules, one citizen login and reuse of data the government already holds, so that procedures can be found and completed in one place.",
            "es": "México consolidó numerosos sitios web federales en un portal nacional único con reglas comunes de diseño, un solo acceso ciudadano y reutilización de los datos que el gobierno ya posee, para que los trámites se encuentren y se realicen en un solo lugar.",
            "pt": "O México consolidou inúmeros sites federais em um único portal nacional, com regras comuns de design, um só acesso para o cidadão e reaproveitamento dos dados que o governo já tem, para que os serviços sejam encontrados e concluídos em um só lugar.",
            "fr": "Le Mexique a regroupé de nombreux sites fédéraux au sein d'un portail national unique, avec des règles de conception communes, un identifiant citoyen unique et la réutilisation des données déjà détenues par l'État, pour trouver et réaliser les démarches en un seul endroit.",
        },
        "problem": {
            "en": [
                "Each federal agency maintained its own website, with different layouts, vocabulary and requirements. Citizens struggled to find which agency handled a procedure and often had to create a separate account for each.",
                "Procedures routinely asked for documents, such as birth certificates or tax records, that another agency had issued and could have shared directly.",
            ],
            "es": [
                "Cada dependencia federal mantenía su propio sitio web, con diseños, vocabulario y requisitos distintos. A la ciudadanía le costaba saber qué dependencia atendía cada trámite y a menudo debía crear una cuenta distinta en cada una.",
                "Los trámites solían pedir documentos, como actas de nacimiento o constancias fiscales, que otra dependencia había emitido y podría haber compartido directamente.",
            ],
            "pt": [
                "Cada órgão federal mantinha seu próprio site, com layouts, vocabulário e exigências diferentes. Os cidadãos tinham dificuldade para descobrir qual órgão cuidava de cada serviço e muitas vezes precisavam criar uma conta separada em cada um.",
                "Os serviços costumavam exigir documentos, como certidões de nascimento ou comprovantes fiscais, que outro órgão havia emitido e poderia ter compartilhado diretamente.",
            ],
            "fr": [
                "Chaque administration fédérale gérait son propre site, avec une présentation, un vocabulaire et des exigences différents. Les citoyens avaient du mal à savoir quelle administration traitait une démarche et devaient souvent créer un compte distinct pour chacune.",
                "Les démarches exigeaient couramment des pièces, comme un acte de naissance ou une attestation fiscale, qu'une autre administration avait délivrées et aurait pu transmettre directement.",
            ],
        },
        "approach": {
            "en": [
                "A central digital strategy unit set common design and content standards and migrated agency content to the national portal in waves, starting with the most requested procedures. Agencies kept responsibility for their content but published it within a shared template.",
                "The population registry key was used as a common identifier for login, and an interoperability layer let procedures query certificates from the issuing agency instead of asking citizens to upload them. Through the regional e-government network, the team shared its standards with peers from other countries.",
            ],
            "es": [
                "Una unidad central de estrategia digital fijó estándares comunes de diseño y contenido y migró los contenidos de las dependencias al portal nacional por etapas, empezando por los trámites más solicitados. Las dependencias conservaron la responsabilidad de sus contenidos, pero los publicaron en una plantilla compartida.",
                "La clave del registro de población se utilizó como identificador común para el acceso, y una capa de interoperabilidad permitió que los trámites consultaran las constancias directamente a la dependencia emisora en lugar de pedir a la ciudadanía que las subiera. A través de la red regional de gobierno electrónico, el equipo compartió sus estándares con pares de otros países.",
            ],
            "pt": [
                "Uma unidade central de estratégia digital definiu padrões comuns de design e conteúdo e migrou os conteúdos dos órgãos para o portal nacional em etapas, começando pelos serviços mais procurados. Os órgãos mantiveram a responsabilidade por seus conteúdos, mas passaram a publicá-los em um modelo compartilhado.",
                "A chave do registro populacional foi usada como identificador comum de acesso, e uma camada de interoperabilidade permitiu que os serviços consultassem certidões diretamente no órgão emissor, em vez de pedir que o cidadão as enviasse. Por meio da rede regional de governo eletrônico, a equipe compartilhou seus padrões com colegas de outros países.",
            ],
            "fr": [
                "Une unité centrale de stratégie numérique a fixé des normes communes de conception et de contenu, puis a migré les contenus des administrations vers le portail national par vagues, en commençant par les démarches les plus demandées. Les administrations restaient responsables de leurs contenus mais les publiaient dans un gabarit commun.",
                "La clé du registre de population a servi d'identifiant commun pour la connexion, et une couche d'interopérabilité a permis aux démarches d'interroger directement l'administration émettrice des attestations au lieu de demander aux citoyens de les téléverser. Par le biais du réseau régional d'administration électronique, l'équipe a partagé ses normes avec ses homologues d'autres pays.",
            ],
        },
        "results": {
            "en": [
                "Citizens gained a single, consistent entry point, and the most common procedures could be completed without visiting an office. Consolidation also reduced hosting and maintenance costs and exposed outdated or duplicate procedures that agencies then simplified.",
            ],
            "es": [
                "La ciudadanía ganó un punto de entrada único y coherente, y los trámites más comunes pudieron completarse sin acudir a una oficina. La consolidación redujo además los costos de alojamiento y mantenimiento y dejó en evidencia trámites obsoletos o duplicados que las dependencias simplificaron.",
            ],
            "pt": [
                "Os cidadãos ganharam uma porta de entrada única e coerente, e os serviços mais comuns passaram a ser concluídos sem ida a um balcão. A consolidação também reduziu custos de hospedagem e manutenção e revelou procedimentos obsoletos ou duplicados, que os órgãos simplificaram.",
            ],
            "fr": [
                "Les citoyens ont gagné un point d'entrée unique et cohérent, et les démarches les plus courantes ont pu être réalisées sans se déplacer. Le regroupement a aussi réduit les coûts d'hébergement et de maintenance et mis au jour des procédures obsolètes ou en double, que les administrations ont simplifiées.",
            ],
        },
        "lessons": {
            "en": [
                "A single portal is only as good as the work behind it. The migration was an opportunity to simplify procedures, and countries adapting the model should budget time for that rather than copying old forms onto a new site.",
                "Common identifiers and data-sharing agreements are the real foundation of a one-stop portal. Where a national population key does not exist, agreeing on one, with proper data protection safeguards, should come first.",
            ],
            "es": [
                "Un portal único vale lo que vale el trabajo que lo respalda. La migración fue una oportunidad para simplificar trámites, y los países que adapten el modelo deberían reservar tiempo para ello en lugar de copiar formularios antiguos en un sitio nuevo.",
                "Los identificadores comunes y los acuerdos de intercambio de datos son la verdadera base de una ventanilla única en línea. Donde no exista una clave nacional de población, lo primero es acordarla, con las debidas salvaguardas de protección de datos.",
            ],
            "pt": [
                "Um portal único vale o que vale o trabalho por trás dele. A migração foi uma oportunidade de simplificar serviços, e os países que adaptarem o modelo devem reservar tempo para isso, em vez de copiar formulários antigos em um site novo.",
                "Identificadores comuns e acordos de compartilhamento de dados são a verdadeira base de um balcão único on-line. Onde não houver uma chave nacional de registro da população, o primeiro passo é acordá-la, com as devidas salvaguardas de proteção de dados.",
            ],
            "fr": [
                "Un portail unique ne vaut que par le travail qui le sous-tend. La migration a été l'occasion de simplifier les démarches, et les pays qui adaptent le modèle devraient y consacrer du temps plutôt que de recopier d'anciens formulaires sur un nouveau site.",
                "Les identifiants communs et les accords d'échange de données sont le véritable socle d'un guichet unique en ligne. Là où il n'existe pas de clé nationale de population, il faut d'abord en convenir, avec les garanties nécessaires en matière de protection des données.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/national-portal-content-standards",
                "title": {
                    "en": "Content and design standards for a national portal (summary)",
                    "es": "Estándares de contenido y diseño para un portal nacional (resumen)",
                    "pt": "Padrões de conteúdo e design para um portal nacional (resumo)",
                    "fr": "Normes de contenu et de conception pour un portail national (résumé)",
                },
            },
            {
                "url": "https://www.oas.org",
                "title": {
                    "en": "Organization of American States",
                    "es": "Organización de los Estados Americanos",
                    "pt": "Organização dos Estados Americanos",
                    "fr": "Organisation des États américains",
                },
            },
        ],
    },
    {
        "slug": "colombia-online-government-index",
        "source_locale": "es",
        "workspace": "country-dialogue",
        "outcome": "adapt",
        "countries": ["CO"],
        "agencies": ["WB"],
        "year": 2008,
        "date": "2025-02-20",
        "topics": ["measurement", "policy-planning"],
        "title": {
            "en": "Colombia: an annual index measuring each agency's online government progress",
            "es": "Colombia: un índice anual para medir el avance del gobierno en línea por entidad",
            "pt": "Colômbia: um índice anual para medir o avanço do governo on-line em cada órgão",
            "fr": "Colombie : un indice annuel de l'avancement de l'administration en ligne par organisme",
        },
        "summary": {
            "en": "Colombia defined maturity phases for online government and measured every public entity against them each year, publishing the results and using them to target support and guide planning.",
            "es": "Colombia definió fases de madurez del gobierno en línea y midió cada año el avance de todas las entidades públicas frente a ellas, publicando los resultados y usándolos para orientar el acompañamiento y la planificación.",
            "pt": "A Colômbia definiu fases de maturidade do governo on-line e mediu anualmente o avanço de todas as entidades públicas em relação a elas, publicando os resultados e usando-os para orientar o apoio e o planejamento.",
            "fr": "La Colombie a défini des phases de maturité de l'administration en ligne et mesuré chaque année la progression de toutes les entités publiques, en publiant les résultats et en s'en servant pour cibler l'accompagnement et orienter la planification.",
        },
        "problem": {
            "en": [
                "The national online government strategy set general goals, but there was no way to know which entities were progressing and which were falling behind. Reports relied on anecdotes and on the most visible projects.",
                "Without comparable data, the central coordinating team could not prioritise its support or make the case to decision-makers about where resources were needed.",
            ],
            "es": [
                "La estrategia nacional de gobierno en línea fijaba metas generales, pero no había forma de saber qué entidades avanzaban y cuáles se estaban quedando rezagadas. Los informes se basaban en anécdotas y en los proyectos más visibles.",
                "Sin datos comparables, la coordinación central no podía priorizar su acompañamiento ni argumentar ante las autoridades dónde se necesitaban recursos.",
            ],
            "pt": [
                "A estratégia nacional de governo on-line fixava metas gerais, mas não havia como saber quais entidades avançavam e quais estavam ficando para trás. Os relatórios se baseavam em casos isolados e nos projetos mais visíveis.",
                "Sem dados comparáveis, a coordenação central não conseguia priorizar seu apoio nem demonstrar às autoridades onde os recursos eram necessários.",
            ],
            "fr": [
                "La stratégie nationale d'administration en ligne fixait des objectifs généraux, mais rien ne permettait de savoir quelles entités progressaient et lesquelles prenaient du retard. Les rapports reposaient sur des anecdotes et sur les projets les plus visibles.",
                "Faute de données comparables, l'équipe centrale de coordination ne pouvait ni hiérarchiser son accompagnement ni démontrer aux décideurs où les ressources étaient nécessaires.",
            ],
        },
        "approach": {
            "en": [
                "A decree set out progressive phases, from online information through transactions to participation, and deadlines for each type of entity to reach them. An index with verifiable criteria was built on these phases.",
                "Each year entities reported their progress, a sample was independently verified, and results were published by sector and by level of government. With technical assistance from the World Bank, the methodology was reviewed periodically so that it measured results for citizens and not merely the presence of features.",
            ],
            "es": [
                "Un decreto estableció fases progresivas, desde la información en línea hasta la transacción y la participación, y fijó plazos para que cada tipo de entidad las alcanzara. A partir de ellas se elaboró un índice con criterios verificables.",
                "Cada año las entidades reportaban su avance, una muestra se verificaba de forma independiente y los resultados se publicaban por sector y por nivel territorial. Con asistencia técnica del Banco Mundial, la metodología se revisó periódicamente para que midiera resultados para la ciudadanía y no solo la existencia de funcionalidades.",
            ],
            "pt": [
                "Um decreto estabeleceu fases progressivas, da informação on-line à transação e à participação, e fixou prazos para que cada tipo de entidade as alcançasse. Com base nelas, elaborou-se um índice com critérios verificáveis.",
                "A cada ano as entidades informavam seu avanço, uma amostra era verificada de forma independente e os resultados eram publicados por setor e por esfera de governo. Com assistência técnica do Banco Mundial, a metodologia foi revista periodicamente para medir resultados para o cidadão, e não apenas a existência de funcionalidades.",
            ],
            "fr": [
                "Un décret a défini des phases progressives, de l'information en ligne à la transaction puis à la participation, ainsi que des échéances pour chaque type d'entité. Un indice fondé sur des critères vérifiables a été construit à partir de ces phases.",
                "Chaque année, les entités déclaraient leurs progrès, un échantillon était vérifié de manière indépendante et les résultats étaient publiés par secteur et par niveau de gouvernement. Avec l'assistance technique de la Banque mondiale, la méthode a été revue périodiquement pour mesurer les résultats pour les citoyens et non la simple présence de fonctionnalités.",
            ],
        },
        "results": {
            "en": [
                "Publishing results created healthy competition between entities and gave technical teams arguments to win support from their managers. The municipalities lagging furthest behind could be identified and given targeted support.",
                "The index also became an input for revising the national strategy, by showing which phases were hardest to reach.",
            ],
            "es": [
                "La publicación de resultados creó una sana competencia entre entidades y dio a los equipos técnicos argumentos para obtener apoyo de sus directivos. Los municipios más rezagados pudieron identificarse y recibir acompañamiento específico.",
                "El índice se convirtió además en un insumo para revisar la estrategia nacional, al mostrar qué fases resultaban más difíciles de alcanzar.",
            ],
            "pt": [
                "A divulgação dos resultados gerou uma concorrência saudável entre as entidades e deu às equipes técnicas argumentos para obter o apoio de seus dirigentes. Os municípios mais atrasados puderam ser identificados e receber apoio específico.",
                "O índice tornou-se ainda um insumo para revisar a estratégia nacional, ao mostrar quais fases eram mais difíceis de alcançar.",
            ],
            "fr": [
                "La publication des résultats a suscité une saine émulation entre entités et donné aux équipes techniques des arguments pour obtenir le soutien de leur hiérarchie. Les municipalités les plus en retard ont pu être repérées et bénéficier d'un accompagnement ciblé.",
                "L'indice est aussi devenu un élément de révision de la stratégie nationale, en montrant quelles phases étaient les plus difficiles à atteindre.",
            ],
        },
        "lessons": {
            "en": [
                "Measurement works when it is tied to a regulatory framework, verified and published. An index without verification tends to reward optimistic self-reporting.",
                "Review the indicators periodically so that entities do not comply in form rather than substance, and gradually add user perceptions and concrete service results.",
            ],
            "es": [
                "La medición funciona cuando está ligada a un marco normativo, se verifica y se publica. Un índice sin verificación tiende a premiar el autorreporte optimista.",
                "Hay que revisar periódicamente los indicadores para evitar que las entidades cumplan con la forma y no con el fondo, e incorporar poco a poco la percepción de los usuarios y los resultados concretos de los servicios.",
            ],
            "pt": [
                "A medição funciona quando está ligada a um marco normativo, é verificada e é publicada. Um índice sem verificação tende a premiar o autorrelato otimista.",
                "É preciso revisar periodicamente os indicadores para evitar que as entidades cumpram a forma e não o conteúdo, e incorporar aos poucos a percepção dos usuários e os resultados concretos dos serviços.",
            ],
            "fr": [
                "La mesure fonctionne lorsqu'elle s'appuie sur un cadre réglementaire, qu'elle est vérifiée et publiée. Un indice sans vérification tend à récompenser les déclarations optimistes.",
                "Il faut réviser régulièrement les indicateurs pour éviter que les entités ne se conforment à la lettre plutôt qu'à l'esprit, et intégrer progressivement la perception des usagers et les résultats concrets des services.",
            ],
        },
        "links": [],
    },
    {
        "slug": "honduras-national-id-vendor-lock-in",
        "source_locale": "en",
        "workspace": "country-dialogue",
        "outcome": "avoid",
        "countries": ["HN"],
        "agencies": ["IDB", "WB"],
        "year": 2004,
        "date": "2025-04-02",
        "topics": ["digital-identity", "e-procurement"],
        "title": {
            "en": "Honduras: a national ID contract that locked the state into one vendor",
            "es": "Honduras: un contrato de identificación nacional que ató al Estado a un proveedor",
            "pt": "Honduras: um contrato de identificação nacional que prendeu o Estado a um fornecedor",
            "fr": "Honduras : un contrat d'identité nationale qui a rendu l'État captif d'un fournisseur",
        },
        "summary": {
            "en": "A long-term contract for national identity cards bundled hardware, software and data management with a single supplier, leaving the registry unable to change technology, renegotiate prices or reuse its own data for e-services.",
            "es": "Un contrato de largo plazo para las tarjetas de identidad agrupó equipos, software y gestión de datos en un único proveedor, y el registro quedó sin posibilidad de cambiar de tecnología, renegociar precios ni reutilizar sus propios datos para servicios en línea.",
            "pt": "Um contrato de longo prazo para as carteiras de identidade reuniu equipamentos, software e gestão de dados em um único fornecedor, deixando o registro sem condições de mudar de tecnologia, renegociar preços ou reutilizar seus próprios dados em serviços on-line.",
            "fr": "Un contrat de longue durée pour les cartes d'identité confiait matériel, logiciels et gestion des données à un seul fournisseur, privant le registre de la possibilité de changer de technologie, de renégocier les prix ou de réutiliser ses propres données.",
        },
        "problem": {
            "en": [
                "The national registry needed to replace an ageing identity card that was easy to forge, ahead of elections and under strong time pressure. The institution had little in-house technical expertise to specify a complex system.",
                "A turnkey offer that promised to deliver everything quickly appeared to be the simplest way forward.",
            ],
            "es": [
                "El registro nacional necesitaba reemplazar una tarjeta de identidad antigua y fácil de falsificar antes de unas elecciones y bajo fuerte presión de tiempo. La institución tenía poca capacidad técnica propia para especificar un sistema complejo.",
                "Una oferta llave en mano que prometía entregarlo todo con rapidez parecía el camino más sencillo.",
            ],
            "pt": [
                "O registro nacional precisava substituir uma carteira de identidade antiga e fácil de falsificar antes de uma eleição e sob forte pressão de prazo. A instituição tinha pouca capacidade técnica própria para especificar um sistema complexo.",
                "Uma oferta chave na mão que prometia entregar tudo rapidamente parecia o caminho mais simples.",
            ],
            "fr": [
                "Le registre national devait remplacer une carte d'identité ancienne et facile à falsifier avant des élections, sous une forte contrainte de temps. L'institution disposait de peu d'expertise technique interne pour spécifier un système complexe.",
                "Une offre clés en main promettant de tout livrer rapidement semblait la voie la plus simple.",
            ],
        },
        "approach": {
            "en": [
                "The contract covered enrolment equipment, card production, the biometric database and its operation for many years, with the supplier's proprietary formats throughout. Payment was per card issued, and the registry's access to the underlying data depended on the vendor.",
                "The procurement was run with limited competition and the contract contained no clauses on data ownership, source code escrow, technology transfer or exit arrangements.",
            ],
            "es": [
                "El contrato abarcaba los equipos de enrolamiento, la producción de tarjetas, la base de datos biométrica y su operación durante muchos años, con formatos propietarios del proveedor en todo el sistema. El pago era por tarjeta emitida, y el acceso del registro a los datos dependía del proveedor.",
                "La contratación se realizó con competencia limitada y el contrato no incluía cláusulas sobre la propiedad de los datos, el depósito del código fuente, la transferencia de tecnología ni las condiciones de salida.",
            ],
            "pt": [
                "O contrato abrangia os equipamentos de cadastramento, a produção das carteiras, o banco de dados biométrico e sua operação por muitos anos, com formatos proprietários do fornecedor em todo o sistema. O pagamento era por carteira emitida, e o acesso do registro aos dados dependia do fornecedor.",
                "A contratação foi feita com concorrência limitada, e o contrato não trazia cláusulas sobre titularidade dos dados, depósito do código-fonte, transferência de tecnologia ou condições de saída.",
            ],
            "fr": [
                "Le contrat couvrait le matériel d'enrôlement, la production des cartes, la base de données biométriques et son exploitation pendant de nombreuses années, avec des formats propriétaires du fournisseur dans tout le système. Le paiement se faisait à la carte émise, et l'accès du registre aux données dépendait du prestataire.",
                "La passation s'est faite avec une concurrence limitée, et le contrat ne comportait aucune clause sur la propriété des données, le dépôt du code source, le transfert de technologie ou les modalités de sortie.",
            ],
        },
        "results": {
            "en": [
                "Cards were issued, but the cost per card stayed high and disputes over payments repeatedly disrupted service. When other agencies wanted to verify identities online for their services, the registry could not offer this without renegotiating with the vendor, and planning a replacement proved difficult because the data could not easily be migrated.",
            ],
            "es": [
                "Las tarjetas se emitieron, pero el costo por unidad se mantuvo alto y las disputas sobre los pagos interrumpieron el servicio en varias ocasiones. Cuando otras entidades quisieron verificar identidades en línea para sus servicios, el registro no pudo ofrecerlo sin renegociar con el proveedor, y planificar un reemplazo resultó difícil porque los datos no podían migrarse con facilidad.",
            ],
            "pt": [
                "As carteiras foram emitidas, mas o custo unitário continuou alto e disputas sobre pagamentos interromperam o serviço várias vezes. Quando outros órgãos quiseram verificar identidades on-line para seus serviços, o registro não conseguiu oferecer isso sem renegociar com o fornecedor, e planejar uma substituição mostrou-se difícil porque os dados não podiam ser migrados com facilidade.",
            ],
            "fr": [
                "Les cartes ont été délivrées, mais leur coût unitaire est resté élevé et des litiges de paiement ont interrompu le service à plusieurs reprises. Lorsque d'autres organismes ont voulu vérifier des identités en ligne, le registre n'a pu leur offrir ce service sans renégocier avec le fournisseur, et préparer un remplacement s'est révélé difficile faute de pouvoir migrer facilement les données.",
            ],
        },
        "lessons": {
            "en": [
                "Identity systems last for decades and become the foundation for digital services, so short-term urgency should not dictate their design. The state must own its identity data and be able to move it.",
                "Split the procurement into components, require open standards and documented data formats, include exit and data-return clauses, and plan from the start for online identity verification services. Independent technical advice during procurement is money well spent.",
            ],
            "es": [
                "Los sistemas de identidad duran décadas y se convierten en la base de los servicios digitales, por lo que la urgencia de corto plazo no debería dictar su diseño. El Estado debe ser dueño de sus datos de identidad y poder trasladarlos.",
                "Conviene dividir la contratación por componentes, exigir estándares abiertos y formatos de datos documentados, incluir cláusulas de salida y devolución de datos, y prever desde el inicio servicios de verificación de identidad en línea. El asesoramiento técnico independiente durante la contratación es una inversión que vale la pena.",
            ],
            "pt": [
                "Sistemas de identidade duram décadas e se tornam a base dos serviços digitais; por isso, a urgência de curto prazo não deve ditar seu desenho. O Estado precisa ser dono de seus dados de identidade e poder transferi-los.",
                "Convém dividir a contratação em componentes, exigir padrões abertos e formatos de dados documentados, incluir cláusulas de saída e devolução dos dados e prever desde o início serviços de verificação de identidade on-line. Assessoria técnica independente durante a contratação é um investimento que compensa.",
            ],
            "fr": [
                "Les systèmes d'identité durent des décennies et deviennent le socle des services numériques : l'urgence du moment ne doit pas dicter leur conception. L'État doit être propriétaire de ses données d'identité et pouvoir les transférer.",
                "Il convient de découper le marché en lots, d'exiger des normes ouvertes et des formats de données documentés, de prévoir des clauses de sortie et de restitution des données, et d'envisager dès le départ des services de vérification d'identité en ligne. Un conseil technique indépendant pendant la passation est un investissement rentable.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/identity-contract-clauses",
                "title": {
                    "en": "Good practice clauses for identity system contracts",
                    "es": "Cláusulas de buenas prácticas para contratos de sistemas de identidad",
                    "pt": "Cláusulas de boas práticas para contratos de sistemas de identidade",
                    "fr": "Clauses types de bonnes pratiques pour les contrats de systèmes d'identité",
                },
            },
        ],
    },
    {
        "slug": "costa-rica-digital-signature-framework",
        "source_locale": "es",
        "workspace": "policy-planning-area",
        "outcome": "adapt",
        "countries": ["CR"],
        "agencies": ["OAS"],
        "year": 2006,
        "date": "2025-05-13",
        "topics": ["legal-regulatory", "digital-identity"],
        "title": {
            "en": "Costa Rica: a digital signature law linked to the national identity system",
            "es": "Costa Rica: un marco legal de firma digital ligado a la identidad nacional",
            "pt": "Costa Rica: um marco legal de assinatura digital vinculado à identidade nacional",
            "fr": "Costa Rica : un cadre juridique de signature numérique lié à l'identité nationale",
        },
        "summary": {
            "en": "Costa Rica passed a law giving digital signatures the same legal value as handwritten ones and set up a national certification hierarchy, allowing citizens and businesses to sign documents and complete procedures online with full legal validity.",
            "es": "Costa Rica aprobó una ley que da a la firma digital el mismo valor que la manuscrita y creó una jerarquía nacional de certificación, lo que permitió que ciudadanos y empresas firmaran documentos y trámites en línea con plena validez.",
            "pt": "A Costa Rica aprovou uma lei que dá à assinatura digital o mesmo valor da assinatura manuscrita e criou uma hierarquia nacional de certificação, permitindo que cidadãos e empresas assinem documentos e concluam serviços on-line com plena validade jurídica.",
            "fr": "Le Costa Rica a adopté une loi conférant à la signature numérique la même valeur que la signature manuscrite et créé une hiérarchie nationale de certification, permettant aux citoyens et aux entreprises de signer documents et démarches en ligne en toute validité.",
        },
        "problem": {
            "en": [
                "Many procedures could be started online but had to be finished at an office because the law required a handwritten signature. Agencies distrusted electronic documents and printed them for their files.",
                "There were also commercial certificate offerings that did not recognise each other, with no authority setting common requirements.",
            ],
            "es": [
                "Muchos trámites podían iniciarse en línea, pero debían terminarse en una oficina porque la ley exigía la firma de puño y letra. Las entidades desconfiaban de los documentos electrónicos y los imprimían para archivarlos.",
                "Había además ofertas comerciales de certificados que no se reconocían entre sí, sin una autoridad que fijara requisitos comunes.",
            ],
            "pt": [
                "Muitos serviços podiam ser iniciados on-line, mas precisavam ser concluídos em um balcão porque a lei exigia assinatura de próprio punho. Os órgãos desconfiavam dos documentos eletrônicos e os imprimiam para arquivá-los.",
                "Havia ainda ofertas comerciais de certificados que não se reconheciam entre si, sem uma autoridade que fixasse requisitos comuns.",
            ],
            "fr": [
                "De nombreuses démarches pouvaient être commencées en ligne, mais devaient être achevées au guichet parce que la loi exigeait une signature manuscrite. Les administrations se méfiaient des documents électroniques et les imprimaient pour les archiver.",
                "Il existait en outre des offres commerciales de certificats qui ne se reconnaissaient pas entre elles, sans autorité fixant des exigences communes.",
            ],
        },
        "approach": {
            "en": [
                "The law established functional equivalence between a certified digital signature and a handwritten one, and created a directorate to accredit certification authorities under a national root. Issuing certificates was tied to the identity document and carried out at bank and government offices across the country.",
                "With support from OAS regional workshops on legal frameworks for e-government, the country reviewed related rules on records, notifications and data protection so that digitally signed documents could flow without paper from start to finish.",
            ],
            "es": [
                "La ley estableció la equivalencia funcional entre la firma digital certificada y la manuscrita, y creó una dirección encargada de acreditar a las autoridades certificadoras bajo una raíz nacional. La emisión de certificados se vinculó al documento de identidad y se realizó en oficinas bancarias y públicas de todo el país.",
                "Con el apoyo de talleres regionales de la OEA sobre marcos jurídicos del gobierno electrónico, el país revisó normas conexas de archivo, notificaciones y protección de datos para que los documentos firmados digitalmente pudieran circular sin papel de principio a fin.",
            ],
            "pt": [
                "A lei estabeleceu a equivalência funcional entre a assinatura digital certificada e a manuscrita e criou uma diretoria para credenciar as autoridades certificadoras sob uma raiz nacional. A emissão dos certificados foi vinculada ao documento de identidade e feita em agências bancárias e repartições públicas de todo o país.",
                "Com apoio de oficinas regionais da OEA sobre marcos jurídicos do governo eletrônico, o país revisou normas conexas de arquivo, notificações e proteção de dados para que documentos assinados digitalmente pudessem tramitar sem papel do início ao fim.",
            ],
            "fr": [
                "La loi a établi l'équivalence fonctionnelle entre la signature numérique certifiée et la signature manuscrite, et créé une direction chargée d'accréditer les autorités de certification sous une racine nationale. La délivrance des certificats a été liée au document d'identité et assurée dans des agences bancaires et des bureaux publics de tout le pays.",
                "Avec l'appui d'ateliers régionaux de l'OEA sur les cadres juridiques de l'administration électronique, le pays a révisé les règles connexes relatives à l'archivage, aux notifications et à la protection des données, afin que les documents signés numériquement puissent circuler sans papier de bout en bout.",
            ],
        },
        "results": {
            "en": [
                "Digital signatures spread first among professionals and businesses and then to citizen procedures, and several agencies stopped requiring documents to be submitted in person. The national root gave banks and public bodies the confidence to accept the same certificates.",
            ],
            "es": [
                "La firma digital se extendió primero entre profesionales y empresas y luego a trámites ciudadanos, y varias entidades eliminaron la presentación presencial de documentos. La raíz nacional dio confianza a bancos y organismos públicos para aceptar los mismos certificados.",
            ],
            "pt": [
                "A assinatura digital se difundiu primeiro entre profissionais e empresas e depois nos serviços ao cidadão, e vários órgãos deixaram de exigir a entrega presencial de documentos. A raiz nacional deu a bancos e órgãos públicos confiança para aceitar os mesmos certificados.",
            ],
            "fr": [
                "La signature numérique s'est d'abord diffusée chez les professionnels et les entreprises, puis dans les démarches des citoyens, et plusieurs administrations ont cessé d'exiger le dépôt de documents en personne. La racine nationale a donné aux banques et aux organismes publics la confiance nécessaire pour accepter les mêmes certificats.",
            ],
        },
        "lessons": {
            "en": [
                "The law alone is not enough: uptake grew once certificates could be obtained close to home and agencies adapted their internal rules to accept electronic documents.",
                "Countries adapting the practice should review the whole life cycle of a document, not just the signature, and watch the cost and usability of signing devices so that digital signatures are not reserved for a few.",
            ],
            "es": [
                "La ley por sí sola no basta: la adopción creció cuando los certificados se pudieron obtener en lugares cercanos y cuando las entidades adaptaron sus propias normas internas para aceptar documentos electrónicos.",
                "Los países que adapten la práctica deberían revisar todo el ciclo del documento, y no solo la firma, y cuidar el costo y la facilidad de uso de los dispositivos para que la firma digital no quede reservada a unos pocos.",
            ],
            "pt": [
                "A lei, por si só, não basta: a adoção cresceu quando os certificados passaram a ser obtidos em locais próximos e quando os órgãos adaptaram suas normas internas para aceitar documentos eletrônicos.",
                "Os países que adaptarem a prática devem revisar todo o ciclo de vida do documento, e não apenas a assinatura, e cuidar do custo e da facilidade de uso dos dispositivos para que a assinatura digital não fique restrita a poucos.",
            ],
            "fr": [
                "La loi seule ne suffit pas : l'adoption a progressé lorsque les certificats ont pu être obtenus à proximité et que les administrations ont adapté leurs règles internes pour accepter les documents électroniques.",
                "Les pays qui adaptent cette pratique devraient examiner tout le cycle de vie du document, et pas seulement la signature, et veiller au coût et à la facilité d'utilisation des dispositifs pour que la signature numérique ne reste pas réservée à quelques-uns.",
            ],
        },
        "links": [],
    },
    {
        "slug": "belize-e-government-readiness-self-assessment",
        "source_locale": "en",
        "workspace": "policy-planning-process",
        "outcome": "adapt",
        "countries": ["BZ"],
        "agencies": ["ECLAC", "UNDESA"],
        "year": 2010,
        "date": "2025-06-24",
        "topics": ["measurement", "policy-planning"],
        "title": {
            "en": "Belize: a readiness self-assessment as the starting point for an e-government plan",
            "es": "Belice: una autoevaluación de preparación como punto de partida del plan digital",
            "pt": "Belize: uma autoavaliação de prontidão como ponto de partida do plano digital",
            "fr": "Belize : une auto-évaluation de la maturité comme point de départ du plan numérique",
        },
        "summary": {
            "en": "Belize used a structured e-government readiness self-assessment, carried out by a cross-ministry team with regional guidance, to build a shared picture of gaps and agree on a realistic, sequenced national plan.",
            "es": "Belice realizó una autoevaluación estructurada de preparación para el gobierno electrónico, a cargo de un equipo interministerial con orientación regional, para construir un diagnóstico compartido y acordar un plan nacional realista y escalonado.",
            "pt": "Belize fez uma autoavaliação estruturada de prontidão para o governo eletrônico, conduzida por uma equipe interministerial com orientação regional, para construir um diagnóstico compartilhado e pactuar um plano nacional realista e escalonado.",
            "fr": "Le Belize a mené une auto-évaluation structurée de sa préparation à l'administration électronique, confiée à une équipe interministérielle avec un appui régional, pour établir un diagnostic partagé et convenir d'un plan national réaliste et échelonné.",
        },
        "problem": {
            "en": [
                "Belize had received several external e-government studies, each with long lists of recommendations, but few had been implemented. Ministries saw them as consultants' reports rather than their own plans.",
                "Resources were limited, so the government needed a way to choose a few priorities that matched its institutional capacity.",
            ],
            "es": [
                "Belice había recibido varios estudios externos sobre gobierno electrónico, cada uno con largas listas de recomendaciones, pero pocas se habían aplicado. Los ministerios los veían como informes de consultores y no como planes propios.",
                "Los recursos eran escasos, por lo que el gobierno necesitaba una forma de elegir unas pocas prioridades acordes con su capacidad institucional.",
            ],
            "pt": [
                "Belize havia recebido vários estudos externos sobre governo eletrônico, cada um com longas listas de recomendações, mas poucas tinham sido implementadas. Os ministérios os viam como relatórios de consultores, e não como planos próprios.",
                "Os recursos eram limitados, e o governo precisava de um meio para escolher poucas prioridades compatíveis com sua capacidade institucional.",
            ],
            "fr": [
                "Le Belize avait reçu plusieurs études externes sur l'administration électronique, chacune assortie de longues listes de recommandations, mais peu avaient été mises en œuvre. Les ministères les considéraient comme des rapports de consultants plutôt que comme leurs propres plans.",
                "Les ressources étant limitées, le gouvernement avait besoin d'un moyen de retenir quelques priorités adaptées à sa capacité institutionnelle.",
            ],
        },
        "approach": {
            "en": [
                "A cross-ministry team, including finance and public service officials, completed a readiness questionnaire adapted from regional and United Nations frameworks, covering leadership, legal basis, infrastructure, skills and services. ECLAC and UN DESA provided guidance and peer review rather than writing the assessment themselves.",
                "The findings were discussed at a national workshop where ministries ranked priorities and agreed on a sequence: first a legal and governance base, then shared infrastructure, and only then new online services.",
            ],
            "es": [
                "Un equipo interministerial, con funcionarios de finanzas y de la función pública, completó un cuestionario de preparación adaptado de marcos regionales y de las Naciones Unidas, que abarcaba liderazgo, base legal, infraestructura, competencias y servicios. La CEPAL y el DAES de las Naciones Unidas aportaron orientación y revisión de pares en lugar de redactar ellos mismos la evaluación.",
                "Los resultados se debatieron en un taller nacional en el que los ministerios jerarquizaron prioridades y acordaron una secuencia: primero una base legal y de gobernanza, luego infraestructura compartida y solo después nuevos servicios en línea.",
            ],
            "pt": [
                "Uma equipe interministerial, com servidores das áreas de finanças e de gestão de pessoas, respondeu a um questionário de prontidão adaptado de referenciais regionais e das Nações Unidas, abrangendo liderança, base legal, infraestrutura, competências e serviços. A CEPAL e o UN DESA ofereceram orientação e revisão por pares, em vez de redigir eles mesmos a avaliação.",
                "Os resultados foram debatidos em uma oficina nacional na qual os ministérios hierarquizaram prioridades e pactuaram uma sequência: primeiro uma base legal e de governança, depois infraestrutura compartilhada e só então novos serviços on-line.",
            ],
            "fr": [
                "Une équipe interministérielle, incluant des responsables des finances et de la fonction publique, a rempli un questionnaire de préparation adapté de cadres régionaux et onusiens, couvrant le leadership, la base juridique, les infrastructures, les compétences et les services. La CEPALC et le DAES de l'ONU ont fourni orientations et examen par les pairs, sans rédiger eux-mêmes l'évaluation.",
                "Les conclusions ont été débattues lors d'un atelier national où les ministères ont hiérarchisé les priorités et convenu d'un ordre : d'abord un socle juridique et de gouvernance, puis des infrastructures partagées, et seulement ensuite de nouveaux services en ligne.",
            ],
        },
        "results": {
            "en": [
                "The resulting plan was shorter than earlier studies but was adopted by cabinet and used by ministries to prepare budget requests. Repeating the self-assessment a few years later gave the government a simple way to track progress against its own baseline.",
            ],
            "es": [
                "El plan resultante era más breve que los estudios anteriores, pero fue aprobado por el gabinete y los ministerios lo usaron para preparar sus solicitudes presupuestarias. Repetir la autoevaluación algunos años después dio al gobierno una forma sencilla de seguir su avance respecto de su propia línea de base.",
            ],
            "pt": [
                "O plano resultante era mais curto que os estudos anteriores, mas foi aprovado pelo gabinete e usado pelos ministérios para preparar suas propostas orçamentárias. Repetir a autoavaliação alguns anos depois deu ao governo uma forma simples de acompanhar o avanço em relação à sua própria linha de base.",
            ],
            "fr": [
                "Le plan qui en est issu était plus court que les études précédentes, mais il a été adopté en conseil des ministres et utilisé par les ministères pour préparer leurs demandes budgétaires. Renouveler l'auto-évaluation quelques années plus tard a offert au gouvernement un moyen simple de suivre ses progrès par rapport à sa propre situation de départ.",
            ],
        },
        "lessons": {
            "en": [
                "Ownership matters more than sophistication. An assessment done by national officials, with international agencies in a supporting role, produces a plan that ministries recognise as theirs.",
                "Small states should resist importing long recommendation lists designed for larger administrations. Sequencing a few priorities and re-measuring against a national baseline is more useful than chasing international rankings.",
            ],
            "es": [
                "La apropiación importa más que la sofisticación. Una evaluación realizada por funcionarios nacionales, con los organismos internacionales en un papel de apoyo, produce un plan que los ministerios reconocen como propio.",
                "Los Estados pequeños deberían evitar importar largas listas de recomendaciones pensadas para administraciones más grandes. Ordenar unas pocas prioridades y volver a medir frente a una línea de base nacional es más útil que perseguir clasificaciones internacionales.",
            ],
            "pt": [
                "A apropriação importa mais do que a sofisticação. Uma avaliação feita por servidores nacionais, com os organismos internacionais em papel de apoio, gera um plano que os ministérios reconhecem como seu.",
                "Estados pequenos devem evitar importar longas listas de recomendações pensadas para administrações maiores. Ordenar poucas prioridades e voltar a medir em relação a uma linha de base nacional é mais útil do que perseguir rankings internacionais.",
            ],
            "fr": [
                "L'appropriation compte davantage que la sophistication. Une évaluation menée par des fonctionnaires nationaux, les organisations internationales n'intervenant qu'en appui, produit un plan que les ministères reconnaissent comme le leur.",
                "Les petits États devraient éviter d'importer de longues listes de recommandations conçues pour des administrations plus grandes. Ordonner quelques priorités et mesurer à nouveau par rapport à une référence nationale est plus utile que de courir après les classements internationaux.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/readiness-self-assessment-questionnaire",
                "title": {
                    "en": "Readiness self-assessment questionnaire (template)",
                    "es": "Cuestionario de autoevaluación de preparación (plantilla)",
                    "pt": "Questionário de autoavaliação de prontidão (modelo)",
                    "fr": "Questionnaire d'auto-évaluation de la préparation (modèle)",
                },
            },
        ],
    },
    {
        "slug": "paraguay-training-without-career-incentives",
        "source_locale": "es",
        "workspace": "skills-development-area",
        "outcome": "avoid",
        "countries": ["PY"],
        "agencies": ["UNDESA"],
        "year": 2012,
        "date": "2025-08-05",
        "topics": ["skills-development"],
        "title": {
            "en": "Paraguay: mass ICT training with no link to careers or projects",
            "es": "Paraguay: capacitación masiva en TIC sin vínculo con la carrera ni con los proyectos",
            "pt": "Paraguai: capacitação em massa em TIC sem vínculo com a carreira nem com os projetos",
            "fr": "Paraguay : une formation de masse aux TIC sans lien avec les carrières ni les projets",
        },
        "summary": {
            "en": "A programme trained large numbers of civil servants in computer tools, but because courses were tied neither to actual projects nor to career progression, little of what was learned was applied and many graduates left the public sector.",
            "es": "Un programa capacitó a un gran número de funcionarios en herramientas informáticas, pero como los cursos no estaban ligados a proyectos concretos ni a la carrera, lo aprendido se usó poco y muchos egresados dejaron el sector público.",
            "pt": "Um programa capacitou grande número de servidores em ferramentas de informática, mas, como os cursos não estavam ligados a projetos concretos nem à carreira, pouco do que se aprendeu foi aplicado e muitos egressos deixaram o setor público.",
            "fr": "Un programme a formé un grand nombre d'agents publics aux outils informatiques, mais faute de lien avec des projets concrets ou avec les carrières, les acquis ont été peu utilisés et beaucoup de diplômés ont quitté le secteur public.",
        },
        "problem": {
            "en": [
                "Lack of digital skills in the administration was cited as one of the main obstacles to e-government. There was pressure to show quick results that were easy to count.",
                "Training provision was scattered across several institutions, and there was no assessment of which skills each agency actually needed.",
            ],
            "es": [
                "La falta de competencias digitales en la administración se señalaba como uno de los principales obstáculos para el gobierno electrónico. Había presión para mostrar resultados rápidos y fáciles de contar.",
                "La oferta de capacitación estaba dispersa entre varias instituciones y no existía un diagnóstico de qué competencias necesitaba realmente cada organismo.",
            ],
            "pt": [
                "A falta de competências digitais na administração era apontada como um dos principais obstáculos ao governo eletrônico. Havia pressão para mostrar resultados rápidos e fáceis de contabilizar.",
                "A oferta de capacitação estava dispersa entre várias instituições, e não havia um diagnóstico de quais competências cada órgão realmente necessitava.",
            ],
            "fr": [
                "Le manque de compétences numériques dans l'administration était présenté comme l'un des principaux obstacles à l'administration électronique. Il fallait montrer vite des résultats faciles à chiffrer.",
                "L'offre de formation était dispersée entre plusieurs institutions, et aucun diagnostic n'établissait les compétences dont chaque organisme avait réellement besoin.",
            ],
        },
        "approach": {
            "en": [
                "Standard courses in office software and web browsing, plus programming for technical staff, were contracted and opened to any official who signed up. Success was measured by the number of certificates awarded.",
                "Courses were not coordinated with ongoing e-government projects, the training was not recognised in career progression, and the best-trained technicians were offered no conditions that would encourage them to stay.",
            ],
            "es": [
                "Se contrataron cursos estandarizados de ofimática y navegación, y de programación para el personal técnico, abiertos a cualquier funcionario que se inscribiera. El éxito se midió por el número de certificados entregados.",
                "Los cursos no se coordinaron con los proyectos de gobierno electrónico en marcha, la capacitación no se reconocía en la carrera y los técnicos mejor formados no recibían condiciones que los animaran a quedarse.",
            ],
            "pt": [
                "Foram contratados cursos padronizados de aplicativos de escritório e navegação, além de programação para o pessoal técnico, abertos a qualquer servidor que se inscrevesse. O sucesso era medido pelo número de certificados emitidos.",
                "Os cursos não foram coordenados com os projetos de governo eletrônico em andamento, a capacitação não era reconhecida na carreira e os técnicos mais qualificados não recebiam condições que os estimulassem a permanecer.",
            ],
            "fr": [
                "Des cours standard de bureautique et de navigation sur internet, ainsi que de programmation pour le personnel technique, ont été commandés et ouverts à tout agent qui s'inscrivait. La réussite se mesurait au nombre de certificats délivrés.",
                "Les cours n'étaient pas coordonnés avec les projets d'administration électronique en cours, la formation n'était pas reconnue dans l'avancement et rien n'était fait pour retenir les techniciens les mieux formés.",
            ],
        },
        "results": {
            "en": [
                "Certification targets were met, but later reviews found that few participants applied what they had learned at work, because their offices kept the same processes.",
                "Several of the technicians trained in programming moved to the private sector, so the investment benefited the market more than the administration.",
            ],
            "es": [
                "Las metas de certificación se cumplieron, pero las evaluaciones posteriores encontraron que pocos participantes aplicaban lo aprendido en su trabajo, porque sus oficinas seguían con los mismos procesos.",
                "Varios de los técnicos capacitados en programación se trasladaron al sector privado, con lo que la inversión benefició más al mercado que a la administración.",
            ],
            "pt": [
                "As metas de certificação foram cumpridas, mas avaliações posteriores constataram que poucos participantes aplicavam o que haviam aprendido no trabalho, porque suas unidades mantinham os mesmos processos.",
                "Vários técnicos capacitados em programação foram para o setor privado, de modo que o investimento beneficiou mais o mercado do que a administração.",
            ],
            "fr": [
                "Les objectifs de certification ont été atteints, mais des évaluations ultérieures ont montré que peu de participants appliquaient leurs acquis au travail, leurs services conservant les mêmes procédures.",
                "Plusieurs techniciens formés à la programmation sont partis dans le secteur privé, si bien que l'investissement a davantage profité au marché qu'à l'administration.",
            ],
        },
        "lessons": {
            "en": [
                "Counting certificates does not measure institutional capacity. Training cut off from change processes produces knowledge with nowhere to be applied.",
                "Instead, start from a skills assessment for each agency, link training to concrete transformation projects, recognise it in career paths, and pair it with a retention policy for key technical staff.",
            ],
            "es": [
                "Contar certificados no mide capacidad institucional. La formación aislada de los procesos de cambio produce conocimientos que no encuentran dónde aplicarse.",
                "En su lugar, conviene partir de un diagnóstico de competencias por organismo, vincular la capacitación a proyectos concretos de transformación, reconocerla en la carrera y acompañarla con una política de retención del personal técnico clave.",
            ],
            "pt": [
                "Contar certificados não mede capacidade institucional. A formação isolada dos processos de mudança produz conhecimentos que não encontram onde ser aplicados.",
                "Em vez disso, convém partir de um diagnóstico de competências por órgão, vincular a capacitação a projetos concretos de transformação, reconhecê-la na carreira e acompanhá-la de uma política de retenção do pessoal técnico-chave.",
            ],
            "fr": [
                "Compter les certificats ne mesure pas la capacité institutionnelle. Une formation coupée des processus de changement produit des savoirs qui ne trouvent pas où s'appliquer.",
                "Il vaut mieux partir d'un diagnostic des compétences de chaque organisme, rattacher la formation à des projets concrets de transformation, la reconnaître dans les parcours professionnels et l'accompagner d'une politique de fidélisation du personnel technique clé.",
            ],
        },
        "links": [],
    },
    {
        "slug": "dominican-republic-citizen-service-centres",
        "source_locale": "es",
        "workspace": "interaction-platform",
        "outcome": "adapt",
        "countries": ["DO"],
        "agencies": ["IDB"],
        "year": 2013,
        "date": "2025-09-17",
        "topics": ["building-trust", "interoperability"],
        "title": {
            "en": "Dominican Republic: citizen service centres with integrated services",
            "es": "República Dominicana: centros de atención ciudadana con servicios integrados",
            "pt": "República Dominicana: centros de atendimento ao cidadão com serviços integrados",
            "fr": "République dominicaine : des centres d'accueil des citoyens aux services intégrés",
        },
        "summary": {
            "en": "The Dominican Republic opened service centres where several institutions deliver their services under one roof, with a shared queue and case tracking system and staff who also help people complete procedures online.",
            "es": "La República Dominicana abrió centros de atención donde varias instituciones ofrecen sus servicios en un mismo lugar, con un sistema común de turnos y seguimiento y personal que también ayuda a realizar los trámites en línea.",
            "pt": "A República Dominicana abriu centros de atendimento onde várias instituições oferecem seus serviços em um mesmo local, com sistema comum de senhas e acompanhamento e atendentes que também ajudam a concluir os serviços on-line.",
            "fr": "La République dominicaine a ouvert des centres où plusieurs institutions offrent leurs services sous un même toit, avec un système commun de gestion des files et de suivi des dossiers et des agents qui aident aussi à effectuer les démarches en ligne.",
        },
        "problem": {
            "en": [
                "To complete a procedure, people had to visit several scattered offices, often during working hours and in long queues. Requirements changed from one counter to the next and intermediaries thrived.",
                "At the same time, online services were growing, but much of the population did not use them for lack of a connection or of confidence.",
            ],
            "es": [
                "Para resolver un trámite, las personas debían recorrer varias oficinas dispersas, a menudo en horario laboral y con largas filas. Los requisitos cambiaban de una ventanilla a otra y abundaban los intermediarios.",
                "Al mismo tiempo, los servicios en línea crecían, pero buena parte de la población no los usaba por falta de conexión o de confianza.",
            ],
            "pt": [
                "Para resolver uma demanda, as pessoas precisavam percorrer várias repartições espalhadas, muitas vezes em horário comercial e com longas filas. Os requisitos mudavam de um guichê para outro e proliferavam os intermediários.",
                "Ao mesmo tempo, os serviços on-line cresciam, mas boa parte da população não os utilizava por falta de conexão ou de confiança.",
            ],
            "fr": [
                "Pour accomplir une démarche, il fallait se rendre dans plusieurs bureaux dispersés, souvent aux heures de travail et au prix de longues files d'attente. Les exigences variaient d'un guichet à l'autre et les intermédiaires prospéraient.",
                "Dans le même temps, les services en ligne se développaient, mais une grande partie de la population ne les utilisait pas, faute de connexion ou de confiance.",
            ],
        },
        "approach": {
            "en": [
                "With IDB financing and advice, the government opened centres in busy locations such as shopping malls, where identity, tax, social security and other institutions served the public with extended opening hours. A common system managed queues, appointments and request tracking.",
                "The centres included a self-service area with staff who helped people complete procedures online, and a telephone line and a portal shared the same information on requirements. Satisfaction was measured through short exit surveys and the results were published.",
            ],
            "es": [
                "Con financiamiento y asesoría del BID, el gobierno habilitó centros en zonas de alta afluencia, como centros comerciales, donde instituciones de identidad, impuestos, seguridad social y otras atendían con horarios extendidos. Un sistema común gestionaba turnos, citas y seguimiento de solicitudes.",
                "Los centros incluían una zona de autoservicio con personal que ayudaba a completar los trámites en línea, y una línea telefónica y un portal compartían la misma información sobre requisitos. La satisfacción se medía con encuestas breves a la salida y los resultados se publicaban.",
            ],
            "pt": [
                "Com financiamento e assessoria do BID, o governo instalou centros em locais de grande movimento, como shopping centers, onde instituições de identificação, tributos, previdência social e outras atendiam em horário estendido. Um sistema comum gerenciava senhas, agendamentos e o acompanhamento das solicitações.",
                "Os centros tinham uma área de autoatendimento com pessoal que ajudava a concluir os serviços on-line, e uma central telefônica e um portal compartilhavam as mesmas informações sobre requisitos. A satisfação era medida com pesquisas rápidas na saída, e os resultados eram publicados.",
            ],
            "fr": [
                "Avec un financement et des conseils de la BID, le gouvernement a ouvert des centres dans des lieux très fréquentés, comme les centres commerciaux, où les institutions chargées de l'identité, des impôts, de la sécurité sociale et d'autres services accueillaient le public avec des horaires élargis. Un système commun gérait les files, les rendez-vous et le suivi des demandes.",
                "Les centres comprenaient un espace en libre-service où des agents aidaient à effectuer les démarches en ligne, et une ligne téléphonique et un portail partageaient les mêmes informations sur les pièces requises. La satisfaction était mesurée par de courtes enquêtes à la sortie, dont les résultats étaient publiés.",
            ],
        },
        "results": {
            "en": [
                "The centres recorded high levels of satisfaction and became a benchmark of customer service for other public offices. Working side by side, the institutions spotted duplicate requirements and agreed to share information with each other.",
            ],
            "es": [
                "Los centros registraron altos niveles de satisfacción y se convirtieron en una referencia de trato al ciudadano para otras oficinas públicas. Al trabajar lado a lado, las instituciones detectaron requisitos duplicados y acordaron compartir información entre sí.",
            ],
            "pt": [
                "Os centros registraram altos níveis de satisfação e se tornaram referência de atendimento para outras repartições públicas. Trabalhando lado a lado, as instituições identificaram exigências duplicadas e acordaram compartilhar informações entre si.",
            ],
            "fr": [
                "Les centres ont enregistré des niveaux de satisfaction élevés et sont devenus une référence de qualité d'accueil pour les autres bureaux publics. En travaillant côte à côte, les institutions ont repéré des exigences en double et convenu de partager leurs informations.",
            ],
        },
        "lessons": {
            "en": [
                "In-person and digital channels do not compete: a well-staffed centre can be the gateway to online services for people who do not yet trust them.",
                "To adapt the model, start with a few high-demand institutions, agree on common service standards, and measure and publish satisfaction from day one, because that transparency sustains trust.",
            ],
            "es": [
                "Los canales presenciales y digitales no compiten: un centro bien atendido puede ser la puerta de entrada a los servicios en línea para quien todavía no confía en ellos.",
                "Para adaptar el modelo, conviene empezar con pocas instituciones de alta demanda, acordar estándares comunes de atención y medir y publicar la satisfacción desde el primer día, porque esa transparencia sostiene la confianza.",
            ],
            "pt": [
                "Canais presenciais e digitais não concorrem entre si: um centro bem atendido pode ser a porta de entrada para os serviços on-line de quem ainda não confia neles.",
                "Para adaptar o modelo, convém começar com poucas instituições de alta demanda, acordar padrões comuns de atendimento e medir e publicar a satisfação desde o primeiro dia, porque essa transparência sustenta a confiança.",
            ],
            "fr": [
                "Canaux physiques et numériques ne se font pas concurrence : un centre bien doté en personnel peut être la porte d'entrée vers les services en ligne pour ceux qui ne leur font pas encore confiance.",
                "Pour adapter le modèle, mieux vaut commencer par quelques institutions très sollicitées, convenir de normes communes d'accueil, puis mesurer et publier la satisfaction dès le premier jour, car cette transparence entretient la confiance.",
            ],
        },
        "links": [
            {
                "url": "https://www.iadb.org",
                "title": {
                    "en": "Inter-American Development Bank",
                    "es": "Banco Interamericano de Desarrollo",
                    "pt": "Banco Interamericano de Desenvolvimento",
                    "fr": "Banque interaméricaine de développement",
                },
            },
        ],
    },
    {
        "slug": "peru-interoperability-platform",
        "source_locale": "en",
        "workspace": "policy-planning-process",
        "outcome": "adapt",
        "countries": ["PE"],
        "agencies": ["IDB"],
        "year": 2011,
        "date": "2025-10-28",
        "topics": ["interoperability", "legal-regulatory"],
        "title": {
            "en": "Peru: a state interoperability platform backed by a legal duty to share data",
            "es": "Perú: plataforma de interoperabilidad con obligación legal de compartir datos",
            "pt": "Peru: plataforma de interoperabilidade com obrigação legal de compartilhar dados",
            "fr": "Pérou : plateforme d'interopérabilité et obligation légale de partager les données",
        },
        "summary": {
            "en": "Peru created a shared platform through which public bodies exchange certified data as web services, and backed it with rules that forbid asking citizens for information the state already holds.",
            "es": "Perú creó una plataforma compartida por la que las entidades públicas intercambian datos certificados mediante servicios web, y la respaldó con normas que prohíben pedir a la ciudadanía información que el Estado ya tiene.",
            "pt": "O Peru criou uma plataforma compartilhada pela qual os órgãos públicos trocam dados certificados por meio de serviços web, e a respaldou com normas que proíbem pedir ao cidadão informações que o Estado já possui.",
            "fr": "Le Pérou a créé une plateforme partagée par laquelle les organismes publics échangent des données certifiées sous forme de services web, appuyée par des règles interdisant de demander aux citoyens des informations que l'État détient déjà.",
        },
        "problem": {
            "en": [
                "Citizens and businesses were routinely asked to obtain certificates from one agency only to hand them to another. Agencies that did share data relied on bilateral agreements and one-off technical connections that were expensive to maintain.",
                "Many officials were reluctant to share data, citing unclear legal authority and fear of being held responsible for misuse.",
            ],
            "es": [
                "A la ciudadanía y a las empresas se les pedía habitualmente obtener certificados en una entidad solo para entregarlos en otra. Las entidades que sí compartían datos dependían de convenios bilaterales y de conexiones técnicas ad hoc costosas de mantener.",
                "Muchos funcionarios se resistían a compartir datos, alegando falta de claridad sobre su facultad legal y temor a ser responsabilizados por un mal uso.",
            ],
            "pt": [
                "Cidadãos e empresas eram rotineiramente obrigados a obter certidões em um órgão apenas para entregá-las a outro. Os órgãos que compartilhavam dados dependiam de convênios bilaterais e de conexões técnicas avulsas, caras de manter.",
                "Muitos servidores resistiam a compartilhar dados, alegando falta de clareza sobre a base legal e receio de serem responsabilizados por mau uso.",
            ],
            "fr": [
                "Les citoyens et les entreprises devaient couramment obtenir des attestations auprès d'un organisme pour les remettre à un autre. Les organismes qui partageaient des données s'appuyaient sur des conventions bilatérales et des connexions techniques ponctuelles, coûteuses à entretenir.",
                "De nombreux fonctionnaires hésitaient à partager des données, invoquant un fondement juridique flou et la crainte d'être tenus responsables d'un usage abusif.",
            ],
        },
        "approach": {
            "en": [
                "The national e-government office set up a central platform where agencies publish data services, such as identity, company registry or property information, under common technical and security standards. Consuming agencies connect once to the platform rather than to each provider separately.",
                "Regulations established the principle that citizens should not be asked for data already held by the state, defined responsibilities for data providers and consumers, and required logging of every query. The IDB supported the design of the platform and the drafting of the rules as part of a broader modernisation programme.",
            ],
            "es": [
                "La oficina nacional de gobierno electrónico implementó una plataforma central en la que las entidades publican servicios de datos, como identidad, registro de empresas o información predial, bajo estándares técnicos y de seguridad comunes. Las entidades consumidoras se conectan una sola vez a la plataforma y no a cada proveedor por separado.",
                "La normativa estableció el principio de que no se debe pedir a la ciudadanía datos que el Estado ya posee, definió las responsabilidades de proveedores y consumidores de datos y exigió el registro de cada consulta. El BID apoyó el diseño de la plataforma y la redacción de las normas dentro de un programa de modernización más amplio.",
            ],
            "pt": [
                "O escritório nacional de governo eletrônico implantou uma plataforma central na qual os órgãos publicam serviços de dados, como identidade, registro de empresas ou informações de imóveis, sob padrões técnicos e de segurança comuns. Os órgãos consumidores se conectam uma única vez à plataforma, e não a cada provedor separadamente.",
                "A regulamentação estabeleceu o princípio de que não se deve pedir ao cidadão dados que o Estado já tem, definiu as responsabilidades de provedores e consumidores de dados e exigiu o registro de cada consulta. O BID apoiou o desenho da plataforma e a redação das normas no âmbito de um programa de modernização mais amplo.",
            ],
            "fr": [
                "Le bureau national de l'administration électronique a mis en place une plateforme centrale sur laquelle les organismes publient des services de données, comme l'identité, le registre des entreprises ou les informations foncières, selon des normes techniques et de sécurité communes. Les organismes utilisateurs se connectent une seule fois à la plateforme plutôt qu'à chaque fournisseur séparément.",
                "La réglementation a posé le principe selon lequel on ne doit pas demander aux citoyens des données que l'État détient déjà, défini les responsabilités des fournisseurs et des utilisateurs de données et imposé la journalisation de chaque requête. La BID a soutenu la conception de la plateforme et la rédaction des textes dans le cadre d'un programme de modernisation plus large.",
            ],
        },
        "results": {
            "en": [
                "A growing number of agencies publish and consume services through the platform, and several common procedures no longer require citizens to bring certificates.",
                "Query logs gave data owners a clear record of who accessed what and why, which eased their concerns and helped bring reluctant agencies on board.",
            ],
            "es": [
                "Un número creciente de entidades publica y consume servicios a través de la plataforma, y varios trámites habituales ya no exigen que la ciudadanía presente certificados.",
                "El registro de consultas dio a los titulares de los datos una trazabilidad clara de quién accedía a qué y para qué, lo que disipó sus temores y ayudó a sumar a las entidades más reticentes.",
            ],
            "pt": [
                "Um número crescente de órgãos publica e consome serviços pela plataforma, e vários serviços comuns deixaram de exigir que o cidadão apresente certidões.",
                "O registro das consultas deu aos responsáveis pelos dados um histórico claro de quem acessou o quê e com que finalidade, o que reduziu seus receios e ajudou a atrair os órgãos mais relutantes.",
            ],
            "fr": [
                "Un nombre croissant d'organismes publient et utilisent des services via la plateforme, et plusieurs démarches courantes n'exigent plus que les citoyens fournissent des attestations.",
                "La journalisation des requêtes a donné aux détenteurs des données une traçabilité claire de qui consultait quoi et dans quel but, ce qui a apaisé leurs craintes et aidé à rallier les organismes réticents.",
            ],
        },
        "lessons": {
            "en": [
                "Technology was the easier part. The legal principle of not asking citizens for data the state already holds, and clear rules on responsibility, did more to unlock sharing than the platform itself.",
                "Start with a handful of high-value data services, such as identity and business registration, that many procedures need. Build audit trails in from the beginning, as they are what give data owners the confidence to participate.",
            ],
            "es": [
                "La tecnología fue la parte más sencilla. El principio legal de no pedir a la ciudadanía datos que el Estado ya tiene, junto con reglas claras de responsabilidad, hizo más por destrabar el intercambio que la propia plataforma.",
                "Conviene empezar con unos pocos servicios de datos de alto valor, como identidad y registro de empresas, que muchos trámites necesitan. La trazabilidad debe incorporarse desde el inicio, porque es lo que da a los titulares de los datos la confianza para participar.",
            ],
            "pt": [
                "A tecnologia foi a parte mais fácil. O princípio legal de não pedir ao cidadão dados que o Estado já possui, somado a regras claras de responsabilidade, fez mais para destravar o compartilhamento do que a própria plataforma.",
                "Convém começar com poucos serviços de dados de alto valor, como identidade e registro de empresas, dos quais muitos serviços dependem. A trilha de auditoria deve existir desde o início, pois é ela que dá aos responsáveis pelos dados confiança para participar.",
            ],
            "fr": [
                "La technologie était la partie la plus simple. Le principe juridique selon lequel on ne redemande pas aux citoyens des données déjà détenues par l'État, associé à des règles claires de responsabilité, a davantage débloqué le partage que la plateforme elle-même.",
                "Mieux vaut commencer par quelques services de données à forte valeur, comme l'identité et le registre des entreprises, dont de nombreuses démarches ont besoin. La traçabilité doit être intégrée dès le départ, car c'est elle qui donne aux détenteurs des données la confiance nécessaire pour participer.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/model-data-sharing-regulation",
                "title": {
                    "en": "Model data-sharing regulation (annotated)",
                    "es": "Reglamento modelo de intercambio de datos (comentado)",
                    "pt": "Regulamento modelo de compartilhamento de dados (comentado)",
                    "fr": "Règlement type sur le partage de données (annoté)",
                },
            },
            {
                "url": "https://www.iadb.org",
                "title": {
                    "en": "Inter-American Development Bank",
                    "es": "Banco Interamericano de Desarrollo",
                    "pt": "Banco Interamericano de Desenvolvimento",
                    "fr": "Banque interaméricaine de développement",
                },
            },
        ],
    },
    {
        "slug": "el-salvador-municipal-kiosks-without-maintenance",
        "source_locale": "es",
        "workspace": "skills-development",
        "outcome": "avoid",
        "countries": ["SV"],
        "agencies": ["ICA"],
        "year": 2003,
        "date": "2025-12-09",
        "topics": ["connectivity", "skills-development"],
        "title": {
            "en": "El Salvador: municipal digital kiosks with no maintenance budget",
            "es": "El Salvador: quioscos digitales municipales sin presupuesto de mantenimiento",
            "pt": "El Salvador: quiosques digitais municipais sem orçamento de manutenção",
            "fr": "Salvador : des bornes numériques municipales sans budget de maintenance",
        },
        "summary": {
            "en": "Kiosks with computers and internet access were installed in rural town halls, but with no support staff, maintenance budget or useful local content, most of them were out of service within a short time.",
            "es": "Se instalaron quioscos con computadoras y acceso a internet en alcaldías de zonas rurales, pero sin personal de apoyo, sin presupuesto de mantenimiento ni contenidos locales útiles, y la mayoría quedó fuera de servicio en poco tiempo.",
            "pt": "Quiosques com computadores e acesso à internet foram instalados em prefeituras de zonas rurais, mas, sem pessoal de apoio, orçamento de manutenção nem conteúdos locais úteis, a maioria deixou de funcionar em pouco tempo.",
            "fr": "Des bornes équipées d'ordinateurs et d'un accès à internet ont été installées dans des mairies rurales, mais sans personnel d'appui, budget de maintenance ni contenus locaux utiles, la plupart sont tombées en panne en peu de temps.",
        },
        "problem": {
            "en": [
                "Rural municipalities had very little connectivity, and residents had to travel to the departmental capital for many procedures. The aim was to bring public information and services closer to those communities.",
                "Funding was available for equipment, and installing kiosks offered a visible result in a short time.",
            ],
            "es": [
                "Los municipios rurales tenían muy poca conectividad y la ciudadanía debía viajar a la cabecera departamental para muchos trámites. Se buscaba acercar la información pública y los servicios a esas comunidades.",
                "Había financiamiento disponible para equipamiento, y la instalación de quioscos ofrecía un resultado visible en poco tiempo.",
            ],
            "pt": [
                "Os municípios rurais tinham pouquíssima conectividade, e os moradores precisavam viajar à capital do departamento para muitos serviços. O objetivo era aproximar a informação e os serviços públicos dessas comunidades.",
                "Havia financiamento disponível para equipamentos, e a instalação de quiosques oferecia um resultado visível em pouco tempo.",
            ],
            "fr": [
                "Les municipalités rurales étaient très peu connectées, et les habitants devaient se rendre au chef-lieu du département pour de nombreuses démarches. L'objectif était de rapprocher l'information et les services publics de ces communautés.",
                "Des financements étaient disponibles pour l'équipement, et l'installation de bornes offrait un résultat visible en peu de temps.",
            ],
        },
        "approach": {
            "en": [
                "Touch-screen kiosks with satellite connections were placed in town halls, preloaded with a national information portal. Maintenance was left to each municipality, without any transfer of funds or training for its staff.",
                "No facilitators were trained and nothing was done to promote use among residents, and after the first year the cost of the satellite link passed to the town halls, which had not planned for it in their budgets.",
            ],
            "es": [
                "Se colocaron quioscos con pantallas táctiles y conexión satelital en las alcaldías, con un portal de información nacional precargado. El mantenimiento quedó a cargo de cada municipio, sin transferencia de recursos ni capacitación de su personal.",
                "No se formó a facilitadores ni se promovió el uso entre los vecinos, y el costo de la conexión satelital, tras el primer año, pasó a las alcaldías sin que estas lo hubieran previsto en su presupuesto.",
            ],
            "pt": [
                "Quiosques com telas sensíveis ao toque e conexão via satélite foram instalados nas prefeituras, com um portal de informações nacional pré-carregado. A manutenção ficou a cargo de cada município, sem repasse de recursos nem capacitação de pessoal.",
                "Não foram formados facilitadores nem se promoveu o uso entre os moradores, e, após o primeiro ano, o custo da conexão via satélite passou às prefeituras, que não o haviam previsto em seus orçamentos.",
            ],
            "fr": [
                "Des bornes à écran tactile reliées par satellite ont été installées dans les mairies, avec un portail national d'information préchargé. La maintenance était laissée à chaque municipalité, sans transfert de ressources ni formation de son personnel.",
                "Aucun animateur n'a été formé et rien n'a été fait pour encourager les habitants à s'en servir ; après la première année, le coût de la liaison satellite a été transféré aux mairies, qui ne l'avaient pas prévu dans leur budget.",
            ],
        },
        "results": {
            "en": [
                "Use was low from the start because the content did not reflect local needs, and many kiosks went offline when the satellite contract expired or the equipment broke. Several town halls removed them to use the space for other purposes.",
            ],
            "es": [
                "El uso fue escaso desde el principio porque los contenidos no respondían a las necesidades locales, y muchos quioscos se desconectaron al vencer el contrato satelital o al dañarse los equipos. Varias alcaldías los retiraron para destinar el espacio a otros fines.",
            ],
            "pt": [
                "O uso foi baixo desde o início porque os conteúdos não correspondiam às necessidades locais, e muitos quiosques ficaram desconectados ao vencer o contrato do satélite ou quando os equipamentos quebraram. Várias prefeituras os retiraram para usar o espaço para outros fins.",
            ],
            "fr": [
                "L'utilisation a été faible dès le départ, car les contenus ne répondaient pas aux besoins locaux, et de nombreuses bornes ont été déconnectées à l'échéance du contrat satellite ou lorsque le matériel est tombé en panne. Plusieurs mairies les ont retirées pour affecter l'espace à d'autres usages.",
            ],
        },
        "lessons": {
            "en": [
                "Connectivity without people, relevant content and a sustainable funding model does not lead to use. The project was measured by equipment installed rather than by services actually delivered.",
                "Instead of repeating this approach, agree the total cost of operation with municipalities before installing anything, train local facilitators, use staffed spaces that already exist such as schools or libraries, and develop content and services with the community that meet its needs.",
            ],
            "es": [
                "La conectividad sin personas, contenidos pertinentes y un modelo de financiamiento sostenible no genera uso. El proyecto se midió por equipos instalados y no por servicios efectivamente prestados.",
                "En lugar de repetir este enfoque, conviene acordar con los municipios el costo total de operación antes de instalar nada, formar facilitadores locales, aprovechar espacios que ya cuentan con personal, como escuelas o bibliotecas, y desarrollar con la comunidad contenidos y servicios que respondan a sus necesidades.",
            ],
            "pt": [
                "Conectividade sem pessoas, conteúdos pertinentes e um modelo de financiamento sustentável não gera uso. O projeto foi medido por equipamentos instalados, e não por serviços efetivamente prestados.",
                "Em vez de repetir essa abordagem, convém acordar com os municípios o custo total de operação antes de instalar qualquer coisa, formar facilitadores locais, aproveitar espaços que já têm pessoal, como escolas ou bibliotecas, e desenvolver com a comunidade conteúdos e serviços que atendam às suas necessidades.",
            ],
            "fr": [
                "La connectivité sans personnes, sans contenus pertinents ni modèle de financement durable ne crée pas d'usage. Le projet a été mesuré au nombre d'équipements installés et non aux services effectivement rendus.",
                "Plutôt que de reproduire cette approche, il faut convenir avec les municipalités du coût total d'exploitation avant toute installation, former des animateurs locaux, s'appuyer sur des lieux déjà dotés en personnel comme les écoles ou les bibliothèques, et élaborer avec la communauté des contenus et des services adaptés à ses besoins.",
            ],
        },
        "links": [],
    },
    {
        "slug": "brazil-online-participatory-budgeting",
        "source_locale": "pt",
        "workspace": "interaction-platform",
        "outcome": "adapt",
        "countries": ["BR"],
        "agencies": ["WB", "OAS"],
        "year": 2006,
        "date": "2026-01-21",
        "topics": ["e-participation", "building-trust"],
        "title": {
            "en": "Brazil: digital participatory budgeting in a large city",
            "es": "Brasil: presupuesto participativo digital en una gran ciudad",
            "pt": "Brasil: orçamento participativo digital em uma grande cidade",
            "fr": "Brésil : un budget participatif numérique dans une grande ville",
        },
        "summary": {
            "en": "A Brazilian state capital with a long tradition of participatory budgeting opened online voting on public works shortlisted with communities, broadening participation among young people and workers while keeping in-person assemblies.",
            "es": "Una capital estadual brasileña con larga tradición de presupuesto participativo abrió una votación en línea sobre obras preseleccionadas con las comunidades, lo que amplió la participación de jóvenes y trabajadores sin abandonar las asambleas presenciales.",
            "pt": "Uma capital brasileira com longa tradição de orçamento participativo abriu uma votação on-line sobre obras previamente selecionadas com as comunidades, ampliando a participação de jovens e trabalhadores sem abandonar as assembleias presenciais.",
            "fr": "Une capitale d'État brésilienne dotée d'une longue tradition de budget participatif a ouvert un vote en ligne sur des travaux présélectionnés avec les quartiers, élargissant la participation des jeunes et des actifs sans renoncer aux assemblées.",
        },
        "problem": {
            "en": [
                "In-person participatory budgeting assemblies mainly drew community leaders and residents with free evenings. Young people, workers with long hours and the middle class hardly took part.",
                "The city government wanted to broaden the legitimacy of the process without weakening the community debate that gave meaning to the chosen priorities.",
            ],
            "es": [
                "Las asambleas presenciales del presupuesto participativo convocaban sobre todo a dirigentes comunitarios y a vecinos con tiempo libre por la noche. Los jóvenes, los trabajadores con jornadas largas y la clase media casi no participaban.",
                "La alcaldía quería ampliar la legitimidad del proceso sin debilitar el debate comunitario que daba sentido a las prioridades elegidas.",
            ],
            "pt": [
                "As assembleias presenciais do orçamento participativo mobilizavam sobretudo lideranças comunitárias e moradores com tempo livre à noite. Jovens, trabalhadores com jornadas longas e a classe média quase não participavam.",
                "A prefeitura queria ampliar a legitimidade do processo sem enfraquecer o debate comunitário que dava sentido às prioridades escolhidas.",
            ],
            "fr": [
                "Les assemblées du budget participatif en présentiel attiraient surtout des responsables associatifs et des habitants disponibles en soirée. Les jeunes, les actifs aux longues journées de travail et les classes moyennes n'y participaient guère.",
                "La municipalité voulait renforcer la légitimité du processus sans affaiblir le débat de quartier qui donnait son sens aux priorités retenues.",
            ],
        },
        "approach": {
            "en": [
                "Communities continued to shortlist works at regional meetings, and the final choice moved to an online vote open to all voters in the municipality, with assisted voting points in schools and community centres.",
                "The portal presented each project with its estimated cost, location and photos, and the city regularly published progress on the winning works. The experience was shared with other governments in the region at meetings supported by the OAS and the World Bank.",
            ],
            "es": [
                "Las comunidades siguieron preseleccionando las obras en reuniones regionales, y la elección final pasó a hacerse por votación en línea abierta a todos los electores del municipio, con puntos de votación asistida en escuelas y centros comunitarios.",
                "El portal presentaba cada obra con su costo estimado, ubicación y fotografías, y la alcaldía publicaba periódicamente el avance de la ejecución de las obras ganadoras. La experiencia se compartió con otros gobiernos de la región en encuentros apoyados por la OEA y el Banco Mundial.",
            ],
            "pt": [
                "As comunidades continuaram a pré-selecionar as obras em reuniões regionais, e a escolha final passou a ser feita por votação on-line aberta a todos os eleitores do município, com pontos de votação assistida em escolas e centros comunitários.",
                "O portal apresentava cada obra com custo estimado, localização e fotos, e a prefeitura publicava periodicamente o andamento da execução das obras vencedoras. A experiência foi compartilhada com outros governos da região em encontros apoiados pela OEA e pelo Banco Mundial.",
            ],
            "fr": [
                "Les quartiers ont continué à présélectionner les travaux lors de réunions régionales, et le choix final s'est fait par un vote en ligne ouvert à tous les électeurs de la commune, avec des points de vote accompagné dans des écoles et des centres communautaires.",
                "Le portail présentait chaque projet avec son coût estimé, sa localisation et des photos, et la municipalité publiait régulièrement l'état d'avancement des travaux retenus. L'expérience a été partagée avec d'autres gouvernements de la région lors de rencontres soutenues par l'OEA et la Banque mondiale.",
            ],
        },
        "results": {
            "en": [
                "Online voting attracted a younger and more diverse public than the assemblies, and public monitoring of implementation strengthened the credibility of the process. In-person debate remained the basis for shortlisting works.",
            ],
            "es": [
                "La votación en línea atrajo a un público más joven y diverso que las asambleas, y el seguimiento público de la ejecución reforzó la credibilidad del proceso. El debate presencial siguió siendo la base de la selección de las obras.",
            ],
            "pt": [
                "A votação on-line atraiu um público mais jovem e diverso do que as assembleias, e o acompanhamento público da execução reforçou a credibilidade do processo. O debate presencial continuou sendo a base da seleção das obras.",
            ],
            "fr": [
                "Le vote en ligne a attiré un public plus jeune et plus diversifié que les assemblées, et le suivi public de l'exécution a renforcé la crédibilité du processus. Le débat en présentiel est resté la base de la présélection des travaux.",
            ],
        },
        "lessons": {
            "en": [
                "The digital channel worked because it complemented, rather than replaced, an in-person process that already had legitimacy. Countries adapting the practice should keep spaces for deliberation and not reduce participation to a click.",
                "Delivering what was voted for is what sustains trust. Publishing progress on the chosen works and offering assisted voting points for people without access are as important as the platform itself.",
            ],
            "es": [
                "El canal digital funcionó porque complementaba, y no reemplazaba, un proceso presencial ya legitimado. Los países que adapten la práctica deberían preservar espacios de deliberación y no reducir la participación a un clic.",
                "Cumplir lo votado es lo que sostiene la confianza. Publicar el avance de las obras elegidas y ofrecer puntos de votación asistida a quienes no tienen acceso son condiciones tan importantes como la propia plataforma.",
            ],
            "pt": [
                "O canal digital funcionou porque complementava, e não substituía, um processo presencial já legitimado. Os países que adaptarem a prática devem preservar espaços de deliberação e não reduzir a participação a um clique.",
                "Cumprir o que foi votado é o que sustenta a confiança. Publicar o andamento das obras escolhidas e oferecer pontos de votação assistida para quem não tem acesso são condições tão importantes quanto a própria plataforma.",
            ],
            "fr": [
                "Le canal numérique a fonctionné parce qu'il complétait, sans le remplacer, un processus en présentiel déjà légitime. Les pays qui adaptent cette pratique devraient préserver des espaces de délibération et ne pas réduire la participation à un clic.",
                "C'est la réalisation des projets votés qui entretient la confiance. Publier l'avancement des travaux retenus et offrir des points de vote accompagné à ceux qui n'ont pas d'accès comptent autant que la plateforme elle-même.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/digital-participatory-budgeting-roadmap",
                "title": {
                    "en": "Roadmap for digital participatory budgeting",
                    "es": "Hoja de ruta para el presupuesto participativo digital",
                    "pt": "Roteiro para o orçamento participativo digital",
                    "fr": "Feuille de route pour un budget participatif numérique",
                },
            },
        ],
    },
    {
        "slug": "argentina-regional-e-government-leaders-course",
        "source_locale": "en",
        "workspace": "skills-development",
        "outcome": "adapt",
        "countries": ["AR"],
        "agencies": ["OAS", "ICA"],
        "year": 2004,
        "date": "2026-03-10",
        "topics": ["skills-development", "policy-planning"],
        "title": {
            "en": "Argentina: a regional online course for e-government leaders",
            "es": "Argentina: un curso regional en línea para líderes de gobierno electrónico",
            "pt": "Argentina: um curso regional on-line para líderes de governo eletrônico",
            "fr": "Argentine : un cours régional en ligne pour les responsables de l'e-administration",
        },
        "summary": {
            "en": "A national public administration school in Argentina hosted a tutored online course for e-government leaders from across the region, with OAS support and experts from the ICA roster, creating a lasting network of peers who share solutions.",
            "es": "Una escuela nacional de administración pública de Argentina acogió un curso en línea con tutores para líderes de gobierno electrónico de toda la región, con apoyo de la OEA y expertos de la lista del ICA, lo que creó una red duradera de pares que comparten soluciones.",
            "pt": "Uma escola nacional de administração pública da Argentina sediou um curso on-line com tutoria para líderes de governo eletrônico de toda a região, com apoio da OEA e especialistas da lista do ICA, criando uma rede duradoura de colegas que compartilham soluções.",
            "fr": "Une école nationale d'administration publique argentine a accueilli un cours en ligne tutoré pour les responsables de l'administration électronique de toute la région, avec l'appui de l'OEA et d'experts de la liste de l'ICA, créant un réseau durable de pairs.",
        },
        "problem": {
            "en": [
                "E-government leaders in the region were often appointed without specific preparation and had few chances to learn from counterparts facing similar challenges. Face-to-face courses abroad were expensive and took officials away from their posts for weeks.",
                "Available training material came mostly from outside the region and seldom reflected Latin American and Caribbean administrative realities.",
            ],
            "es": [
                "Los responsables de gobierno electrónico de la región solían ser designados sin preparación específica y tenían pocas oportunidades de aprender de colegas que enfrentaban desafíos similares. Los cursos presenciales en el exterior eran caros y alejaban a los funcionarios de sus puestos durante semanas.",
                "El material de formación disponible provenía sobre todo de fuera de la región y rara vez reflejaba las realidades administrativas de América Latina y el Caribe.",
            ],
            "pt": [
                "Os responsáveis por governo eletrônico na região costumavam ser nomeados sem preparação específica e tinham poucas oportunidades de aprender com colegas que enfrentavam desafios semelhantes. Cursos presenciais no exterior eram caros e afastavam os servidores de seus postos por semanas.",
                "O material de formação disponível vinha sobretudo de fora da região e raramente refletia as realidades administrativas da América Latina e do Caribe.",
            ],
            "fr": [
                "Les responsables de l'administration électronique de la région étaient souvent nommés sans préparation spécifique et avaient peu d'occasions d'apprendre de leurs homologues confrontés à des défis semblables. Les formations en présentiel à l'étranger étaient coûteuses et éloignaient les fonctionnaires de leur poste pendant des semaines.",
                "Les supports de formation disponibles venaient surtout de l'extérieur de la région et reflétaient rarement les réalités administratives de l'Amérique latine et des Caraïbes.",
            ],
        },
        "approach": {
            "en": [
                "The course ran online over several weeks, with small groups led by tutors who were practitioners from the region, and covered strategy, change management, legal frameworks and measurement. Each participant prepared a short action plan for a real initiative in their own administration.",
                "The OAS provided the online campus and scholarships, experts from the ICA roster contributed case studies, and a final face-to-face meeting was held alongside a regional e-government event. Alumni were invited into a mailing list and later became tutors themselves.",
            ],
            "es": [
                "El curso se desarrollaba en línea durante varias semanas, en grupos pequeños guiados por tutores que eran profesionales de la región, y abarcaba estrategia, gestión del cambio, marcos legales y medición. Cada participante preparaba un breve plan de acción para una iniciativa real de su propia administración.",
                "La OEA aportó el campus virtual y becas, expertos de la lista del ICA contribuyeron con estudios de caso y se realizó un encuentro presencial final junto a un evento regional de gobierno electrónico. Los egresados se incorporaban a una lista de correo y más tarde pasaban a ser tutores.",
            ],
            "pt": [
                "O curso se desenvolvia on-line ao longo de várias semanas, em pequenos grupos conduzidos por tutores que eram profissionais da região, e abordava estratégia, gestão da mudança, marcos legais e medição. Cada participante elaborava um breve plano de ação para uma iniciativa real de sua própria administração.",
                "A OEA forneceu o campus virtual e bolsas, especialistas da lista do ICA contribuíram com estudos de caso e houve um encontro presencial final junto a um evento regional de governo eletrônico. Os egressos eram incluídos em uma lista de discussão e, mais tarde, passavam a atuar como tutores.",
            ],
            "fr": [
                "Le cours se déroulait en ligne sur plusieurs semaines, en petits groupes animés par des tuteurs praticiens de la région, et portait sur la stratégie, la conduite du changement, les cadres juridiques et la mesure. Chaque participant préparait un court plan d'action pour une initiative réelle de sa propre administration.",
                "L'OEA fournissait le campus virtuel et des bourses, des experts de la liste de l'ICA apportaient des études de cas, et une rencontre finale en présentiel était organisée en marge d'un événement régional sur l'administration électronique. Les anciens participants rejoignaient une liste de diffusion et devenaient ensuite tuteurs à leur tour.",
            ],
        },
        "results": {
            "en": [
                "Over successive editions the course trained officials from most countries in the region at a fraction of the cost of travel-based programmes. The alumni network became a channel for informal advice, and several action plans developed in the course were later implemented.",
            ],
            "es": [
                "A lo largo de sucesivas ediciones, el curso formó a funcionarios de la mayoría de los países de la región a una fracción del costo de los programas presenciales. La red de egresados se convirtió en un canal de asesoría informal, y varios planes de acción elaborados en el curso se pusieron luego en práctica.",
            ],
            "pt": [
                "Ao longo de sucessivas edições, o curso formou servidores da maioria dos países da região por uma fração do custo dos programas presenciais. A rede de egressos tornou-se um canal de aconselhamento informal, e vários planos de ação elaborados no curso foram depois implementados.",
            ],
            "fr": [
                "Au fil des éditions, le cours a formé des fonctionnaires de la plupart des pays de la région pour une fraction du coût des programmes exigeant des déplacements. Le réseau des anciens est devenu un canal de conseil informel, et plusieurs plans d'action élaborés pendant le cours ont ensuite été mis en œuvre.",
            ],
        },
        "lessons": {
            "en": [
                "Regional tutors and regional cases made the content credible, and the action plan kept the course anchored in participants' real work. Both are easy to replicate in other languages or subregions.",
                "The network is as valuable as the course. Budget for alumni activities and give graduates a role, such as tutoring, so that peer learning continues after the certificate.",
            ],
            "es": [
                "Los tutores y los casos regionales dieron credibilidad al contenido, y el plan de acción mantuvo el curso anclado en el trabajo real de los participantes. Ambos elementos son fáciles de replicar en otros idiomas o subregiones.",
                "La red vale tanto como el curso. Conviene presupuestar actividades para los egresados y darles un papel, como el de tutores, para que el aprendizaje entre pares continúe después del certificado.",
            ],
            "pt": [
                "Tutores e casos regionais deram credibilidade ao conteúdo, e o plano de ação manteve o curso ancorado no trabalho real dos participantes. Ambos são fáceis de replicar em outros idiomas ou sub-regiões.",
                "A rede vale tanto quanto o curso. Convém prever orçamento para atividades com os egressos e dar a eles um papel, como o de tutores, para que a aprendizagem entre pares continue depois do certificado.",
            ],
            "fr": [
                "Des tuteurs et des cas régionaux ont rendu le contenu crédible, et le plan d'action a ancré le cours dans le travail réel des participants. Ces deux éléments sont faciles à reproduire dans d'autres langues ou sous-régions.",
                "Le réseau vaut autant que le cours. Il faut prévoir un budget pour les activités des anciens et leur confier un rôle, par exemple de tuteur, afin que l'apprentissage entre pairs se poursuive après le certificat.",
            ],
        },
        "links": [
            {
                "url": "https://www.example.org/egetf/practices/leaders-course-syllabus",
                "title": {
                    "en": "Course syllabus and tutor guide",
                    "es": "Programa del curso y guía para tutores",
                    "pt": "Programa do curso e guia do tutor",
                    "fr": "Programme du cours et guide du tuteur",
                },
            },
            {
                "url": "https://www.oas.org",
                "title": {
                    "en": "Organization of American States",
                    "es": "Organización de los Estados Americanos",
                    "pt": "Organização dos Estados Americanos",
                    "fr": "Organisation des États américains",
                },
            },
        ],
    },
    {
        "slug": "caribbean-dashboard-unverified-self-reports",
        "source_locale": "en",
        "workspace": "platform-management",
        "outcome": "avoid",
        "countries": ["BS", "KN"],
        "agencies": ["DG", "UNDESA"],
        "year": 2018,
        "date": "2026-05-19",
        "topics": ["measurement", "open-data"],
        "title": {
            "en": "Caribbean pilot: an e-government dashboard built on unverified self-reports",
            "es": "Piloto caribeño: un tablero de gobierno electrónico basado en autoinformes sin verificar",
            "pt": "Piloto no Caribe: painel de governo eletrônico com autorrelatos não verificados",
            "fr": "Pilote caribéen : un tableau de bord fondé sur des auto-déclarations non vérifiées",
        },
        "summary": {
            "en": "A shared online dashboard compared e-government progress across participating small island states using data that ministries entered themselves, but without definitions, verification or feedback, the figures were inconsistent and soon ignored.",
            "es": "Un tablero en línea compartido comparaba el avance del gobierno electrónico entre pequeños Estados insulares con datos que cargaban los propios ministerios, pero sin definiciones, verificación ni retroalimentación las cifras resultaron incoherentes y pronto se ignoraron.",
            "pt": "Um painel on-line compartilhado comparava o avanço do governo eletrônico entre pequenos Estados insulares com dados lançados pelos próprios ministérios, mas, sem definições, verificação nem retorno, os números se mostraram incoerentes e logo foram ignorados.",
            "fr": "Un tableau de bord en ligne comparait les progrès de l'administration électronique de petits États insulaires à partir de données saisies par les ministères eux-mêmes, mais sans définitions, vérification ni retour, les chiffres étaient incohérents et vite ignorés.",
        },
        "problem": {
            "en": [
                "Small island states wanted to benchmark their e-government progress against peers, and partners wanted a common view of where support was needed. International rankings were published only every few years and did not capture national priorities.",
                "National statistics offices had little capacity to collect new data, so the pilot relied on focal points in each ministry.",
            ],
            "es": [
                "Los pequeños Estados insulares querían comparar su avance en gobierno electrónico con el de sus pares, y los socios buscaban una visión común de dónde se necesitaba apoyo. Las clasificaciones internacionales se publicaban solo cada pocos años y no recogían las prioridades nacionales.",
                "Las oficinas nacionales de estadística tenían poca capacidad para recopilar datos nuevos, por lo que el piloto se apoyó en puntos focales de cada ministerio.",
            ],
            "pt": [
                "Os pequenos Estados insulares queriam comparar seu avanço em governo eletrônico com o de seus pares, e os parceiros buscavam uma visão comum de onde o apoio era necessário. Os rankings internacionais eram publicados apenas a cada poucos anos e não captavam as prioridades nacionais.",
                "Os institutos nacionais de estatística tinham pouca capacidade para coletar novos dados, e por isso o piloto se apoiou em pontos focais em cada ministério.",
            ],
            "fr": [
                "Les petits États insulaires souhaitaient comparer leurs progrès en matière d'administration électronique à ceux de leurs pairs, et les partenaires voulaient une vision commune des besoins d'appui. Les classements internationaux ne paraissaient que tous les quelques ans et ne reflétaient pas les priorités nationales.",
                "Les instituts nationaux de statistique avaient peu de moyens pour collecter de nouvelles données ; le pilote s'est donc appuyé sur des correspondants dans chaque ministère.",
            ],
        },
        "approach": {
            "en": [
                "A web dashboard was built on the shared platform, and focal points were asked to enter values for a long list of indicators each quarter. Indicator definitions were brief, and there was no process to check entries or reconcile differences between countries.",
                "The data were published as open data from the start, but no one was assigned to analyse them or to return findings to the ministries that supplied them.",
            ],
            "es": [
                "Se desarrolló un tablero web en la plataforma compartida y se pidió a los puntos focales que cargaran cada trimestre los valores de una larga lista de indicadores. Las definiciones eran escuetas y no había un proceso para verificar los datos ni conciliar diferencias entre países.",
                "Los datos se publicaron como datos abiertos desde el principio, pero nadie quedó a cargo de analizarlos ni de devolver conclusiones a los ministerios que los habían aportado.",
            ],
            "pt": [
                "Desenvolveu-se um painel web na plataforma compartilhada, e pediu-se aos pontos focais que lançassem a cada trimestre os valores de uma longa lista de indicadores. As definições eram sucintas, e não havia processo para verificar os dados nem conciliar diferenças entre países.",
                "Os dados foram publicados como dados abertos desde o início, mas ninguém ficou encarregado de analisá-los nem de devolver conclusões aos ministérios que os forneceram.",
            ],
            "fr": [
                "Un tableau de bord web a été créé sur la plateforme commune, et les correspondants devaient saisir chaque trimestre les valeurs d'une longue liste d'indicateurs. Les définitions étaient sommaires et aucun processus ne permettait de vérifier les saisies ni de rapprocher les écarts entre pays.",
                "Les données ont été publiées en données ouvertes dès le départ, mais personne n'a été chargé de les analyser ni de restituer des conclusions aux ministères qui les avaient fournies.",
            ],
        },
        "results": {
            "en": [
                "Countries interpreted the same indicators differently, so comparisons were misleading, and some values swung sharply when a focal point changed. Entries became sparse after the first few quarters.",
                "Because the published figures were unreliable, partners stopped citing them, and ministries saw the exercise as a reporting burden with nothing in return.",
            ],
            "es": [
                "Los países interpretaban los mismos indicadores de forma distinta, por lo que las comparaciones eran engañosas, y algunos valores cambiaban bruscamente cuando se reemplazaba a un punto focal. Tras los primeros trimestres, la carga de datos se volvió esporádica.",
                "Como las cifras publicadas no eran fiables, los socios dejaron de citarlas y los ministerios vieron el ejercicio como una carga de informes sin nada a cambio.",
            ],
            "pt": [
                "Os países interpretavam os mesmos indicadores de maneira diferente, o que tornava as comparações enganosas, e alguns valores oscilavam bruscamente quando um ponto focal era substituído. Depois dos primeiros trimestres, o lançamento de dados tornou-se esporádico.",
                "Como os números publicados não eram confiáveis, os parceiros deixaram de citá-los, e os ministérios passaram a ver o exercício como um ônus de prestação de informações sem nenhum retorno.",
            ],
            "fr": [
                "Les pays interprétaient différemment les mêmes indicateurs, ce qui rendait les comparaisons trompeuses, et certaines valeurs variaient brusquement au changement de correspondant. Après les premiers trimestres, les saisies sont devenues rares.",
                "Les chiffres publiés n'étant pas fiables, les partenaires ont cessé de les citer, et les ministères ont vu dans l'exercice une charge de déclaration sans contrepartie.",
            ],
        },
        "lessons": {
            "en": [
                "Publishing data openly does not make it useful. Comparability depends on precise definitions, a verification step and someone responsible for quality, none of which a dashboard provides by itself.",
                "Instead, start with a handful of well-defined indicators, agree on them with national statistics offices, verify a sample each cycle, and give contributing ministries analysis they can use. Align with international frameworks where possible to avoid duplicate reporting.",
            ],
            "es": [
                "Publicar datos abiertos no los hace útiles. La comparabilidad depende de definiciones precisas, de una etapa de verificación y de un responsable de la calidad, y nada de eso lo aporta un tablero por sí solo.",
                "En su lugar, conviene empezar con unos pocos indicadores bien definidos, acordarlos con las oficinas nacionales de estadística, verificar una muestra en cada ciclo y ofrecer a los ministerios que aportan datos análisis que puedan usar. Siempre que sea posible, hay que alinearse con los marcos internacionales para evitar informes duplicados.",
            ],
            "pt": [
                "Publicar dados abertos não os torna úteis. A comparabilidade depende de definições precisas, de uma etapa de verificação e de um responsável pela qualidade, e nada disso um painel oferece por si só.",
                "Em vez disso, convém começar com poucos indicadores bem definidos, pactuá-los com os institutos nacionais de estatística, verificar uma amostra a cada ciclo e oferecer aos ministérios que fornecem dados análises que possam usar. Sempre que possível, é bom alinhar-se aos referenciais internacionais para evitar relatórios duplicados.",
            ],
            "fr": [
                "Publier des données ouvertes ne les rend pas utiles pour autant. La comparabilité suppose des définitions précises, une étape de vérification et un responsable de la qualité, ce qu'aucun tableau de bord n'apporte à lui seul.",
                "Mieux vaut commencer par quelques indicateurs bien définis, les arrêter avec les instituts nationaux de statistique, vérifier un échantillon à chaque cycle et fournir aux ministères contributeurs des analyses exploitables. Dans la mesure du possible, il convient de s'aligner sur les cadres internationaux pour éviter les doubles déclarations.",
            ],
        },
        "links": [],
    },
    {
        "slug": "eastern-caribbean-shared-e-government-platforms",
        "source_locale": "en",
        "workspace": "country-dialogue",
        "outcome": "adapt",
        "countries": ["LC", "GD"],
        "agencies": ["WB"],
        "year": 2012,
        "date": "2026-08-04",
        "topics": ["interoperability", "connectivity"],
        "title": {
            "en": "Eastern Caribbean: shared e-government platforms for small island states",
            "es": "Caribe Oriental: plataformas digitales compartidas entre pequeños Estados insulares",
            "pt": "Caribe Oriental: plataformas digitais compartilhadas entre pequenos Estados insulares",
            "fr": "Caraïbes orientales : plateformes numériques mutualisées entre petits États insulaires",
        },
        "summary": {
            "en": "Saint Lucia and Grenada took part in a regional programme that built common e-government components, such as a government network, a data exchange layer and reusable service modules, once for several countries instead of each state paying for its own.",
            "es": "Santa Lucía y Granada participaron en un programa regional que desarrolló una sola vez, para varios países, componentes comunes de gobierno electrónico, como una red gubernamental, una capa de intercambio de datos y módulos de servicios reutilizables.",
            "pt": "Santa Lúcia e Granada participaram de um programa regional que desenvolveu uma única vez, para vários países, componentes comuns de governo eletrônico, como uma rede governamental, uma camada de troca de dados e módulos de serviços reutilizáveis.",
            "fr": "Sainte-Lucie et la Grenade ont participé à un programme régional qui a développé une seule fois, pour plusieurs pays, des composants communs d'administration électronique, comme un réseau gouvernemental, une couche d'échange de données et des modules réutilisables.",
        },
        "problem": {
            "en": [
                "Small island states face the same fixed costs as large countries when building core e-government systems, but spread them over far fewer users. Each government struggled to recruit and keep specialised staff.",
                "Many government offices were poorly connected, and buying licences and infrastructure separately meant weak bargaining power with vendors.",
            ],
            "es": [
                "Los pequeños Estados insulares enfrentan los mismos costos fijos que los países grandes para construir los sistemas centrales de gobierno electrónico, pero los reparten entre muchos menos usuarios. A cada gobierno le costaba contratar y retener personal especializado.",
                "Muchas oficinas públicas tenían mala conectividad, y comprar licencias e infraestructura por separado implicaba un escaso poder de negociación frente a los proveedores.",
            ],
            "pt": [
                "Pequenos Estados insulares enfrentam os mesmos custos fixos que países grandes para construir os sistemas centrais de governo eletrônico, mas os diluem entre muito menos usuários. Cada governo tinha dificuldade para contratar e reter pessoal especializado.",
                "Muitas repartições públicas eram mal conectadas, e comprar licenças e infraestrutura separadamente significava pouco poder de negociação com os fornecedores.",
            ],
            "fr": [
                "Les petits États insulaires supportent les mêmes coûts fixes que les grands pays pour bâtir les systèmes centraux de l'administration électronique, mais les répartissent sur beaucoup moins d'usagers. Chaque gouvernement peinait à recruter et à retenir du personnel spécialisé.",
                "De nombreux bureaux publics étaient mal connectés, et l'achat séparé de licences et d'infrastructures laissait peu de pouvoir de négociation face aux fournisseurs.",
            ],
        },
        "approach": {
            "en": [
                "With World Bank financing, participating countries agreed on common specifications and procured core components jointly: a government-wide network connecting public offices, a data exchange layer and a set of reusable modules for frequent services. Each country kept ownership of its own data and could deploy the modules at its own pace.",
                "A regional coordination unit managed the joint procurement and organised peer exchanges, while national teams handled legal adjustments and change management at home.",
            ],
            "es": [
                "Con financiamiento del Banco Mundial, los países participantes acordaron especificaciones comunes y adquirieron de forma conjunta los componentes centrales: una red gubernamental que conecta las oficinas públicas, una capa de intercambio de datos y un conjunto de módulos reutilizables para los servicios más frecuentes. Cada país conservó la propiedad de sus datos y pudo desplegar los módulos a su propio ritmo.",
                "Una unidad de coordinación regional gestionó las compras conjuntas y organizó intercambios entre pares, mientras los equipos nacionales se ocupaban de los ajustes legales y de la gestión del cambio en cada país.",
            ],
            "pt": [
                "Com financiamento do Banco Mundial, os países participantes pactuaram especificações comuns e adquiriram em conjunto os componentes centrais: uma rede governamental que conecta as repartições públicas, uma camada de troca de dados e um conjunto de módulos reutilizáveis para os serviços mais frequentes. Cada país manteve a titularidade de seus dados e pôde implantar os módulos em seu próprio ritmo.",
                "Uma unidade de coordenação regional conduziu as compras conjuntas e organizou intercâmbios entre pares, enquanto as equipes nacionais cuidavam dos ajustes legais e da gestão da mudança em cada país.",
            ],
            "fr": [
                "Grâce à un financement de la Banque mondiale, les pays participants ont adopté des spécifications communes et acquis conjointement les composants centraux : un réseau gouvernemental reliant les bureaux publics, une couche d'échange de données et un ensemble de modules réutilisables pour les services les plus fréquents. Chaque pays restait propriétaire de ses données et pouvait déployer les modules à son rythme.",
                "Une unité de coordination régionale gérait les achats groupés et organisait des échanges entre pairs, tandis que les équipes nationales se chargeaient des adaptations juridiques et de la conduite du changement.",
            ],
        },
        "results": {
            "en": [
                "Joint procurement lowered costs compared with separate national purchases, and improved connectivity allowed ministries to move from isolated systems to shared services. Countries that had already updated their legal frameworks were able to adopt the shared modules fastest.",
            ],
            "es": [
                "Las compras conjuntas redujeron los costos frente a las adquisiciones nacionales por separado, y la mejor conectividad permitió a los ministerios pasar de sistemas aislados a servicios compartidos. Los países que ya habían actualizado su marco legal fueron los que adoptaron más rápido los módulos comunes.",
            ],
            "pt": [
                "As compras conjuntas reduziram custos em relação às aquisições nacionais separadas, e a melhor conectividade permitiu aos ministérios passar de sistemas isolados a serviços compartilhados. Os países que já haviam atualizado seu marco legal foram os que adotaram mais rapidamente os módulos comuns.",
            ],
            "fr": [
                "Les achats groupés ont réduit les coûts par rapport aux acquisitions nationales séparées, et la meilleure connectivité a permis aux ministères de passer de systèmes isolés à des services partagés. Les pays qui avaient déjà actualisé leur cadre juridique ont été les plus rapides à adopter les modules communs.",
            ],
        },
        "lessons": {
            "en": [
                "For small states, sharing is a strategy for viability, not just for savings. Agreeing on common specifications is slow, but it pays off in stronger bargaining power and a shared pool of expertise.",
                "Regional platforms still depend on national readiness. Pair joint procurement with support for each country's legal reforms and change management, and let countries move at different speeds within a common framework.",
            ],
            "es": [
                "Para los Estados pequeños, compartir es una estrategia de viabilidad y no solo de ahorro. Acordar especificaciones comunes lleva tiempo, pero se compensa con un mayor poder de negociación y un acervo compartido de conocimientos especializados.",
                "Las plataformas regionales siguen dependiendo de la preparación de cada país. Conviene acompañar las compras conjuntas con apoyo a las reformas legales y a la gestión del cambio en cada Estado, y permitir que avancen a distintas velocidades dentro de un marco común.",
            ],
            "pt": [
                "Para Estados pequenos, compartilhar é uma estratégia de viabilidade, e não apenas de economia. Pactuar especificações comuns é demorado, mas compensa em maior poder de negociação e em um conjunto compartilhado de competências especializadas.",
                "As plataformas regionais continuam dependendo da preparação de cada país. Convém aliar as compras conjuntas ao apoio às reformas legais e à gestão da mudança em cada Estado, permitindo que avancem em ritmos diferentes dentro de um marco comum.",
            ],
            "fr": [
                "Pour les petits États, la mutualisation est une stratégie de viabilité et pas seulement d'économie. S'accorder sur des spécifications communes prend du temps, mais se traduit par un pouvoir de négociation accru et un vivier commun d'expertise.",
                "Les plateformes régionales restent tributaires de la préparation de chaque pays. Il faut associer les achats groupés à un appui aux réformes juridiques et à la conduite du changement dans chaque État, et laisser les pays avancer à des rythmes différents dans un cadre commun.",
            ],
        },
        "links": [
            {
                "url": "https://www.worldbank.org",
                "title": {
                    "en": "World Bank",
                    "es": "Banco Mundial",
                    "pt": "Banco Mundial",
                    "fr": "Banque mondiale",
                },
            },
        ],
    },
]
