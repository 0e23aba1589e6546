"""The workspaces part of the demo: provisioning from workspaces.yaml, and one user per role."""

from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from egecms.core.models import Agency
from egecms.editorial.models import EditorialPolicy
from egecms.workspaces import roles
from egecms.workspaces.provisioning import ProvisionWorkspaces

from ..data import load as load_data
from ..data import workspaces_description, workspaces_file
from ..loader import DemoLogin, paragraphs_html

LABEL = _("Workspaces and users")
# Last: permissions are granted on the pages the content apps have just created.
ORDER = 1000
REQUIRES = ("egecms.workspaces",)

DEMO_PASSWORD = "egecms-demo"  # noqa: S105 - printed for the demo; never used in production


@cache
def _demo_password_hash():
    """Hashed once: every demo login has the same password (a hash takes a third of a second)."""
    return make_password(DEMO_PASSWORD)


def _user(username, group_name=None, **fields):
    user, _created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"email": f"{username}@example.org", "password": _demo_password_hash(), **fields},
    )
    if group_name is not None:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def ensure_policy(loader):
    default = loader.locales[settings.LANGUAGE_CODE]
    if EditorialPolicy.objects.filter(locale=default, version=1).exists():
        loader.step("Editorial policy, version 1", created=False)
        return
    texts = load_data("policy")["policy"]
    policy = EditorialPolicy.objects.create(
        locale=default,
        version=1,
        title=texts["title"]["en"],
        body=paragraphs_html(texts["body"]["en"]),
        checklist=[("item", item) for item in texts["checklist"]["en"]],
    )
    loader.translate(policy, [texts["title"], texts["body"], texts["checklist"]], "en")
    loader.step("Editorial policy, version 1", created=True)


def load(loader):
    ensure_policy(loader)
    path, description = workspaces_file(), workspaces_description()
    report = ProvisionWorkspaces(description).execute()
    loader.step(
        f"Groups and permissions from {path.name} ({len(report.changes)} changes)", report.changed
    )
    for warning in report.warnings:
        loader.say(f"  ! {warning}")

    def login(role, username, group_name=None, **fields):
        _user(username, group_name, **fields)
        loader.logins.append(DemoLogin(role, username, DEMO_PASSWORD))

    login(
        "superuser", "admin", is_superuser=True, is_staff=True, first_name="Ada", last_name="Admin"
    )
    login(
        "editorial board",
        "board-editor",
        roles.EDITORIAL_BOARD,
        first_name="Beatriz",
        last_name="Board",
    )
    for spec in description.agencies.values():
        agency = Agency.objects.get(
            locale__language_code=description.default_locale, acronym=spec.acronym
        )
        key = spec.key.lower()
        login(
            f"{agency.acronym} editor",
            f"editor-{key}",
            roles.editors_group(agency),
            first_name=agency.acronym,
            last_name="Editor",
        )
        login(
            f"{agency.acronym} program manager",
            f"pm-{key}",
            roles.program_managers_group(agency),
            first_name=agency.acronym,
            last_name="Program Manager",
        )
    for code in description.locales:
        for role, username, group_name, first_name in (
            (
                f"translator ({code})",
                f"translator-{code}",
                roles.translators_group(code),
                "Translator",
            ),
            (
                f"translation reviewer ({code})",
                f"reviewer-{code}",
                roles.reviewers_group(code),
                "Reviewer",
            ),
        ):
            login(role, username, group_name, first_name=first_name, last_name=code.upper())
