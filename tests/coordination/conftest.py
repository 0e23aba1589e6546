"""The coordination tests' world: a site in English with two agency spaces, the sections of
the coordination app, topics, and one user per role (program managers of three agencies, an
editor, an outsider)."""

from tests.worlds import world


def _member(username, agency, role, *, language="en"):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.users.models import UserProfile

    from egecms.workspaces.models import AgencyGroup

    group, _created = Group.objects.get_or_create(name=f"{agency.acronym} {role}")
    # As provisioning gives every agency group: the admin.
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    AgencyGroup.objects.get_or_create(group=group, defaults={"agency": agency, "role": role})
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="pw", first_name=username
    )
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@world
def coordination_site():
    """What every coordination test starts from (built once per worker)."""
    from django.contrib.auth import get_user_model

    from coordination.models import CountryProfilesPage
    from tests import factories
    from tests.builders import build_site

    tree = build_site(translate=False)
    idb, oas = tree.pages["agency_idb"], tree.pages["agency_oas"]
    wb = factories.AgencyFactory(acronym="WB", name="World Bank")
    oas_space = factories.AgencyPageFactory(
        parent=tree.pages["agencies"], slug="oas", agency=oas, title="OAS space"
    )
    profiles = tree.topic.add_child(
        instance=CountryProfilesPage(title="Who does what where", slug="countries")
    )
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    identity = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    users = {
        "pm_idb": _member("pm_idb", idb, "program_managers"),
        "pm_oas": _member("pm_oas", oas, "program_managers", language="es"),
        "pm_wb": _member("pm_wb", wb, "program_managers"),
        "ed_idb": _member("ed_idb", idb, "editors"),
        "outsider": get_user_model().objects.create_user(
            "outsider", email="outsider@example.org", password="pw"
        ),
        "super": get_user_model().objects.create_superuser(
            "root", email="root@example.org", password="pw"
        ),
    }
    return {
        "tree": tree,
        "idb": idb,
        "oas": oas,
        "wb": wb,
        "idb_space": tree.pages["agency"],
        "oas_space": oas_space,
        "profiles": profiles,
        "open_data": open_data,
        "identity": identity,
        "users": users,
    }
