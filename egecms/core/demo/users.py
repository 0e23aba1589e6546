"""Demo users, one per role, with the groups and page permissions of that role.

A first, simple version of the roles of the action plan: agency editors publish in the spaces
their agency leads and edit (without publishing) where it is a member; translators change the
pages of their locale; the editorial board publishes anywhere.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, get_page_models

from ..models import Agency, TopicPage, WorkspacePage

DEMO_PASSWORD = "egecms-demo"  # noqa: S105 - printed for the demo; never used in production
EDIT = ("add_page", "change_page")
PUBLISH = ("add_page", "change_page", "publish_page")


@dataclass(frozen=True)
class DemoLogin:
    """One printed line of the demo's logins."""

    role: str
    username: str
    password: str


def _permission(codename, app_label="wagtailcore"):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(codename)
        )


def _group(name, *extra_permissions):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("access_admin", "wagtailadmin"), *extra_permissions)
    return group


def _user(username, group=None, **fields):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org", **fields}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    if group is not None:
        user.groups.add(group)
    return user


def _workspaces():
    """Every workspace page in every locale, with its lead and member agency ids."""
    models = [model for model in get_page_models() if issubclass(model, WorkspacePage)]
    for model in models:
        for page in model.objects.all():
            yield page, set(page.lead_agency_ids()), set(page.member_agency_ids())


def ensure_demo_users(loader):
    """Create the demo roles' groups and users; return their logins."""
    logins = [DemoLogin("superuser", "admin", DEMO_PASSWORD)]
    _user("admin", is_superuser=True, is_staff=True, first_name="Ada", last_name="Admin")

    topic_pages = list(TopicPage.objects.all())
    board = _group("Editorial board", _permission("submit_translation", "wagtail_localize"))
    for page in topic_pages:
        _grant(board, page, (*PUBLISH, "lock_page", "unlock_page"))
    _user("board-editor", board, first_name="Beatriz", last_name="Board")
    logins.append(DemoLogin("editorial board", "board-editor", DEMO_PASSWORD))

    workspaces = list(_workspaces())
    for agency in Agency.objects.filter(locale=Locale.get_default()):
        key = agency.acronym.lower().replace(" ", "")
        group = _group(f"{agency.acronym} editors")
        for page, leads, members in workspaces:
            if agency.pk in leads:
                _grant(group, page, PUBLISH)
            elif agency.pk in members:
                _grant(group, page, EDIT)
        _user(f"editor-{key}", group, first_name=agency.acronym, last_name="Editor")
        logins.append(DemoLogin(f"{agency.acronym} editor", f"editor-{key}", DEMO_PASSWORD))

    for code, locale in loader.locales.items():
        group = _group(
            f"Translators ({code})", _permission("submit_translation", "wagtail_localize")
        )
        for page in topic_pages:
            if page.locale_id == locale.pk:
                _grant(group, page, ("change_page",))
        _user(f"translator-{code}", group, first_name="Translator", last_name=code.upper())
        logins.append(DemoLogin(f"translator ({code})", f"translator-{code}", DEMO_PASSWORD))
    return logins
