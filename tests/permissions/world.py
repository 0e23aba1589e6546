"""The world of the permission matrix: a site, its spaces, one user per role, marked pages.

Every object carries a marker string in its title; a view that shows the page shows the marker,
so "denied" can be checked as: a 403 or a redirect, and the marker absent.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from egecms.platform.models import InternalDocumentPage, PlatformPage
from egecms.workspaces import roles
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from tests import factories
from tests.builders import build_site

DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  ICA: {name: Institute for Connectivity in the Americas, status: prospective}
clusters:
  skills:
    lead: [IDB]
    members: [OAS, ICA]
issue_areas:
  skills-area:
    lead: [OAS]
"""

# role -> the group its user belongs to (None: anonymous; "superuser": a superuser)
ROLES = {
    "anon": None,
    "idb-ed": "IDB editors",
    "idb-pm": "IDB program managers",
    "oas-ed": "OAS editors",
    "ica-ed": "ICA editors",  # a prospective agency, member of one cluster
    "board": roles.EDITORIAL_BOARD,
    "tr-pt": "Translators (pt)",
    "super": "superuser",
}


@dataclass
class World:
    tree: object
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)  # name -> page
    markers: dict = field(default_factory=dict)  # name -> marker string
    sources: dict = field(default_factory=dict)  # name -> TranslationSource of its page
    # name -> a wagtail-localize Translation of it ("pt": into it; "private": from it, into es)
    translations: dict = field(default_factory=dict)


def _user(role, group_name):
    User = get_user_model()
    if group_name == "superuser":
        return User.objects.create_superuser(role, password="pw")
    user = User.objects.create_user(role, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def _mark(world, name, page):
    marker = f"MARKER-{name}-q7"
    page.title = f"{page.title} {marker}"
    page.save_revision().publish()
    world.objects[name] = page.specific
    world.markers[name] = marker


def build_world():
    tree = build_site()
    world = World(tree=tree)
    platform = tree.topic.add_child(
        instance=PlatformPage(title="Platform", slug="platform", show_in_menus=True)
    )
    document = platform.add_child(
        instance=InternalDocumentPage(title="Minutes", slug="minutes", summary="Internal")
    )
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    assert PageViewRestriction.objects.filter(page=platform).exists()
    for role, group_name in ROLES.items():
        if group_name:
            world.users[role] = _user(role, group_name)

    _mark(world, "own", tree.pages["service"])  # IDB's own space
    _mark(world, "lead", tree.pages["practice"])  # a cluster IDB leads (OAS is a member)
    member = factories.PracticePageFactory(
        parent=tree.pages["cluster"],
        title="A member's practice",
        slug="member-practice",
        agencies=[tree.pages["agency_oas"]],
    )
    member.owner = world.users["oas-ed"]
    member.save()
    _mark(world, "member", member)  # contributed by OAS, a member of that cluster
    _mark(world, "area", tree.pages["issue_area"])  # OAS's issue area: another agency's space
    _mark(world, "private", document)  # the limited-access platform
    pt = Locale.objects.get(language_code="pt")
    _mark(world, "pt", tree.pages["practice"].get_translation(pt))  # a Portuguese copy
    es = Locale.objects.get(language_code="es")
    _mark(world, "es", tree.pages["practice"].get_translation(es))  # a Spanish copy

    for name in ("own", "lead", "member", "area", "private"):
        world.sources[name], _created = TranslationSource.get_or_create_from_instance(
            world.objects[name]
        )
    world.sources["pt"] = world.sources["lead"]
    world.translations["pt"], _created = Translation.objects.get_or_create(
        source=world.sources["lead"], target_locale=pt
    )
    world.sources["es"] = world.sources["lead"]
    world.translations["es"], _created = Translation.objects.get_or_create(
        source=world.sources["lead"], target_locale=es
    )
    for segment in world.sources["lead"].stringsegment_set.select_related("string"):
        for locale in (pt, es):
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": f"{segment.string.data} [{locale.language_code}]"},
            )
    # The platform's document has a Spanish copy too: its translation must stay as private.
    world.objects["private"].copy_for_translation(es, copy_parents=True).save_revision().publish()
    world.translations["private"], _created = Translation.objects.get_or_create(
        source=world.sources["private"], target_locale=es
    )
    # As after every change of the tree: provisioning grants on the new copies (idempotent).
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    # Every object has a second revision, so there is something to compare and revert to.
    for page in world.objects.values():
        page.save_revision()
    return world
