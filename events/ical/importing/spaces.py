"""Where events may be imported: work spaces where the user may add events.

Permissions are Wagtail's own page permissions: whoever may add a child page in a work space
(where events may be created) may import a feed into it.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from egecms.core.registry import workspace_types

from ...models import EventPage
from .errors import ICalImportError


def space_models():
    """The page types events may be added to (the work-space types)."""
    allowed = set(EventPage.allowed_parent_page_models())
    return [model for model in workspace_types() if model in allowed]


def may_import_into(user, space):
    """Whether ``user`` may add events to the work space ``space`` (Wagtail's page permissions)."""
    space = space.specific_deferred
    return (
        user is not None
        and user.is_active
        and EventPage.can_create_at(space)
        and space.permissions_for_user(user).can_add_subpage()
    )


def import_spaces(user):
    """Live work spaces where ``user`` may add events (all of them for a superuser)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Page.objects.none()
    spaces = Page.objects.live().type(*space_models())
    if user.is_superuser:
        return spaces.order_by("locale_id", "path")
    granted = [
        permission.page.path
        for permission in PagePermissionPolicy().get_cached_permissions_for_user(user)
        if permission.permission.codename == "add_page"
    ]
    if not granted:
        return Page.objects.none()
    under_granted = Q()
    for path in granted:
        under_granted |= Q(path__startswith=path)
    candidates = spaces.filter(under_granted).specific()
    allowed = [page.pk for page in candidates if may_import_into(user, page)]
    return Page.objects.filter(pk__in=allowed).order_by("locale_id", "path")


def find_space(identifier, *, locale_code=None):
    """The work space named by page id or slug (in ``locale_code``'s copy if given)."""
    identifier = str(identifier).strip()
    locale = _locale(locale_code) if locale_code else None
    if identifier.isdigit():
        found = _spaces_by_id(int(identifier), locale=locale)
    else:
        found = _spaces_by_slug(identifier, locale=locale)
    if not found:
        raise ICalImportError([_("No work space %(space)s was found.") % {"space": identifier}])
    if len(found) > 1:
        raise ICalImportError(
            [
                _("Several work spaces are called %(space)s; give the page id: %(ids)s")
                % {"space": identifier, "ids": ", ".join(str(page.pk) for page in found)}
            ]
        )
    return found[0].specific


def _locale(code):
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise ICalImportError([_("There is no locale %(code)s.") % {"code": code}])
    return locale


def _spaces_by_id(page_id, *, locale):
    """The space with that id, or its copy in ``locale``."""
    space = Page.objects.type(*space_models()).filter(pk=page_id).first()
    if space is not None and locale is not None and space.locale_id != locale.pk:
        space = space.get_translation_or_none(locale)
    return [space] if space is not None else []


def _spaces_by_slug(slug, *, locale):
    """The spaces with that slug: in ``locale``, else preferably in the default language."""
    found = list(Page.objects.type(*space_models()).filter(slug=slug))
    if locale is not None:
        return [page for page in found if page.locale_id == locale.pk]
    if len(found) > 1:
        default = [page for page in found if page.locale.language_code == settings.LANGUAGE_CODE]
        return default or found
    return found
