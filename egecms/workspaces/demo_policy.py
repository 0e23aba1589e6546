"""Version 1 of the editorial policy, for the demo, in the four languages."""

POLICY = {
    "title": {
        "en": "Editorial policy of the e-Government topic page",
        "es": "Política editorial de la página temática de gobierno electrónico",
        "pt": "Política editorial da página temática de governo eletrônico",
        "fr": "Politique éditoriale de la page thématique sur l'administration électronique",
    },
    "body": {
        "en": [
            "Contributions describe e-government work in Latin America and the Caribbean accurately, name their sources, and respect the rights of the people and institutions they mention.",
            "Practices that did not work are welcome: say plainly what went wrong and why, without blaming individuals.",
        ],
        "es": [
            "Las contribuciones describen con exactitud el trabajo de gobierno electrónico en América Latina y el Caribe, citan sus fuentes y respetan los derechos de las personas e instituciones que mencionan.",
            "Las prácticas que no funcionaron son bienvenidas: expliquen con claridad qué salió mal y por qué, sin culpar a personas.",
        ],
        "pt": [
            "As contribuições descrevem com exatidão o trabalho de governo eletrônico na América Latina e no Caribe, citam suas fontes e respeitam os direitos das pessoas e instituições que mencionam.",
            "Práticas que não deram certo são bem-vindas: expliquem com clareza o que deu errado e por quê, sem culpar pessoas.",
        ],
        "fr": [
            "Les contributions décrivent avec exactitude le travail d'administration électronique en Amérique latine et dans les Caraïbes, citent leurs sources et respectent les droits des personnes et des institutions qu'elles mentionnent.",
            "Les pratiques qui n'ont pas fonctionné sont les bienvenues : dites clairement ce qui n'a pas marché et pourquoi, sans mettre en cause des personnes.",
        ],
    },
    "checklist": {
        "en": [
            "Are the facts accurate and the sources named?",
            "Is the contribution free of personal data and of blame on individuals?",
            "Are the country, agencies and topics right?",
            "Is the text clear for readers in other countries?",
        ],
        "es": [
            "¿Los hechos son exactos y se citan las fuentes?",
            "¿La contribución está libre de datos personales y de culpas a personas?",
            "¿El país, las agencias y los temas son correctos?",
            "¿El texto es claro para lectores de otros países?",
        ],
        "pt": [
            "Os fatos estão corretos e as fontes são citadas?",
            "A contribuição está livre de dados pessoais e de acusações a pessoas?",
            "O país, as agências e os temas estão corretos?",
            "O texto é claro para leitores de outros países?",
        ],
        "fr": [
            "Les faits sont-ils exacts et les sources citées ?",
            "La contribution est-elle exempte de données personnelles et de mises en cause de personnes ?",
            "Le pays, les agences et les thèmes sont-ils corrects ?",
            "Le texte est-il clair pour des lecteurs d'autres pays ?",
        ],
    },
}
