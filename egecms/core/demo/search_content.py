"""The demo's search page, in four languages, after every content app's part (last in the menu)."""

from egecms.search.models import SearchPage

SEARCH_PAGE = {
    "title": {"en": "Search", "es": "Buscar", "pt": "Pesquisar", "fr": "Rechercher"},
    "intro": {
        "en": "Everything the agencies have published: practices, services, events and more, with refinements by agency, country, topic and year.",
        "es": "Todo lo que han publicado las agencias: prácticas, servicios, eventos y más, con filtros por agencia, país, tema y año.",
        "pt": "Tudo o que as agências publicaram: práticas, serviços, eventos e mais, com filtros por agência, país, tema e ano.",
        "fr": "Tout ce que les agences ont publié : pratiques, services, événements et plus, avec des filtres par agence, pays, thème et année.",
    },
}  # fmt: skip


def load(loader):
    loader.ensure_page(
        parent=loader.topic_page,
        page=SearchPage(
            title=SEARCH_PAGE["title"]["en"],
            slug="search",
            intro=SEARCH_PAGE["intro"]["en"],
            show_in_menus=False,  # the header's search box leads there
        ),
        language="en",
        translatable=[SEARCH_PAGE["title"], SEARCH_PAGE["intro"]],
        label=SEARCH_PAGE["title"]["en"],
    )
