"""A small, complete site for tests: the page tree of DESIGN.md in four linked locales."""

from dataclasses import dataclass, field

from django.apps import apps
from wagtail.models import Locale, Page, Site

from . import factories

LANGUAGES = ("en", "es", "pt", "fr")


@dataclass
class DemoTree:
    """The English source pages of a test site, and their translations by language."""

    topic: Page
    pages: dict = field(default_factory=dict)

    def get(self, name, language="en"):
        page = self.pages[name]
        return (
            page
            if language == "en"
            else page.get_translation(Locale.objects.get(language_code=language))
        )


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def translated_copy(snippet, language, **fields):
    """``snippet`` (an agency, a topic) copied into ``language`` with ``fields`` changed."""
    copy = snippet.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def translate_tree(page, locales):
    """Copy ``page`` (and, through ``copy_parents``, its ancestors) into every other locale."""
    for code, locale in locales.items():
        if code != page.locale.language_code and not page.has_translation(locale):
            translation = page.copy_for_translation(locale, copy_parents=True)
            translation.title = f"{page.title} [{code}]"
            translation.save_revision().publish()


def build_site(*, translate=True):
    """Topic page, every section and workspace type, and one contribution of each type."""
    locales = ensure_locales()
    root = Page.get_first_root_node()
    topic = factories.TopicPageFactory(parent=root, slug="e-government", locale=locales["en"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": topic, "hostname": "localhost"}
    )
    # Wagtail's "Welcome to your new Wagtail site!" placeholder is not part of our tree.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    tree = DemoTree(topic=topic)
    idb = factories.AgencyFactory(acronym="IDB", name="Inter-American Development Bank")
    oas = factories.AgencyFactory(acronym="OAS", name="Organization of American States")
    tree.pages["agency_idb"] = idb
    tree.pages["agency_oas"] = oas
    if apps.is_installed("clusters"):
        tree.pages["clusters"] = factories.ClusterIndexPageFactory(parent=topic, slug="clusters")
        tree.pages["issue_areas"] = factories.IssueAreaIndexPageFactory(
            parent=topic, slug="issue-areas"
        )
        tree.pages["practices"] = factories.PracticeLibraryPageFactory(
            parent=topic, slug="practices"
        )
        tree.pages["cluster"] = factories.ClusterPageFactory(
            parent=tree.pages["clusters"], slug="skills", leads=[idb]
        )
        tree.pages["issue_area"] = factories.IssueAreaPageFactory(
            parent=tree.pages["issue_areas"], slug="skills-area", leads=[oas]
        )
        tree.pages["practice"] = factories.PracticePageFactory(
            parent=tree.pages["cluster"], slug="a-practice", agencies=[idb]
        )
    if apps.is_installed("services"):
        tree.pages["agencies"] = factories.AgencyIndexPageFactory(parent=topic, slug="agencies")
        tree.pages["services"] = factories.ServiceMenuPageFactory(parent=topic, slug="services")
        tree.pages["agency"] = factories.AgencyPageFactory(
            parent=tree.pages["agencies"], slug="idb", agency=idb
        )
        tree.pages["service"] = factories.ServicePageFactory(
            parent=tree.pages["agency"], slug="a-service", agencies=[idb]
        )
    if apps.is_installed("events"):
        tree.pages["calendar"] = factories.CalendarPageFactory(parent=topic, slug="calendar")
        owner = tree.pages.get("cluster") or tree.pages.get("agency")
        if owner is not None:
            tree.pages["event"] = factories.EventPageFactory(
                parent=owner, slug="an-event", agencies=[oas]
            )
    if translate:
        for page in list(tree.pages.values()):
            if isinstance(page, Page):
                translate_tree(page, locales)
        translate_tree(topic, locales)
    return tree
