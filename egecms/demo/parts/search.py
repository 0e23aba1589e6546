"""The demo's search page, in four languages, after every content app's part (last in the menu)."""

from django.utils.translation import gettext_lazy as _

from egecms.search.models import SearchPage

from ..data import load as load_data

LABEL = _("Search")
ORDER = 90
REQUIRES = ("egecms.search",)


def load(loader):
    texts = load_data("search")["page"]
    loader.ensure_page(
        parent=loader.topic_page,
        page=SearchPage(
            title=texts["title"]["en"],
            slug="search",
            intro=texts["intro"]["en"],
            show_in_menus=False,  # the header's search box leads there
        ),
        language="en",
        translatable=[texts["title"], texts["intro"]],
        label=texts["title"]["en"],
    )
