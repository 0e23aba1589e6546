"""The people of the follow-up tests: one user per role, and a request page to submit through."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from assistance.models import AssistanceRequestPage
from assistance.submission import submit_request
from egecms.workspaces import roles
from egecms.workspaces.models import AgencyGroup

PASSWORD = "pw-follow-up"
NAME = "Quetzalli Contacto-Privado"
EMAIL = "quetzalli.privado@ministerio.example"


def _group(name, *, agency=None, role=None):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    if agency is not None:
        AgencyGroup.objects.get_or_create(group=group, defaults={"agency": agency, "role": role})
    return group


def make_staff(agencies):
    """``{role: user}``: program managers of IDB, WB and OAS, an IDB editor, a translator, the
    board and a superuser. ``agencies``: ``{acronym: Agency}``."""
    users = {}

    def user(username, *groups, language="en", **extra):
        created = get_user_model().objects.create_user(
            username, f"{username}@agency.example", PASSWORD, **extra
        )
        created.groups.add(*groups)
        profile = UserProfile.get_for_user(created)
        profile.preferred_language = language
        profile.save()
        users[username] = created
        return created

    pm = AgencyGroup.Role.PROGRAM_MANAGERS
    for acronym, language in (("IDB", "en"), ("WB", "es"), ("OAS", "fr")):
        agency = agencies[acronym]
        user(
            f"{acronym.lower()}-pm",
            _group(roles.program_managers_group(agency), agency=agency, role=pm),
            language=language,
        )
    idb = agencies["IDB"]
    user(
        "idb-ed",
        _group(roles.editors_group(idb), agency=idb, role=AgencyGroup.Role.EDITORS),
    )
    user("tr-pt", _group(roles.translators_group("pt")))
    user("board", _group(roles.EDITORIAL_BOARD), language="pt")
    user("super", is_superuser=True, is_staff=True)
    return users


def make_request_page(tree):
    page = AssistanceRequestPage(
        title="Request assistance",
        slug="request-assistance",
        privacy_notice="<p>Your contact details are seen by program managers only.</p>",
    )
    tree.topic.add_child(instance=page)
    page.save_revision().publish()
    return AssistanceRequestPage.objects.get(pk=page.pk)


def submit(page, topics, **overrides):
    """A request as the public form stores it (routing and e-mails included)."""
    fields = {
        "country": "PE",
        "institution": "Secretaría de Gobierno Digital",
        "contact_name": NAME,
        "email": EMAIL,
        "need": "We want to set up a national digital identity.",
        "urgency": "medium",
        "preferred_language": "es",
        "topics": topics,
        "locale": page.locale,
        "page": page,
    }
    fields.update(overrides)
    return submit_request(**fields)
