"""Apply the workspaces description: groups, page and collection permissions, agencies.

``ProvisionWorkspaces(description).execute()`` works out the whole desired state, compares it
with the database and changes only the difference, in one transaction, reporting each change.
Running it twice changes nothing the second time.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
)

from egecms.core.models import Agency, TopicPage
from egecms.core.registry import workspace_types

from . import roles
from .description import admitted_acronyms, section_handlers
from .leadership import sync_workspace_agencies
from .models import AgencyGroup
from .workflow_setup import ensure_contribution_workflow, ensure_translation_workflows


@dataclass
class Report:
    """What provisioning changed (``changes``) and what it could not do (``warnings``)."""

    changes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.changes)


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _workspace_pages_by_slug(default_locale):
    pages = {}
    for model in workspace_types():
        for page in model.objects.filter(locale=default_locale):
            pages.setdefault(page.slug, page)
    return pages


def _with_translations(page):
    return list(Page.objects.filter(translation_key=page.translation_key))


def _platform_pages():
    """Every copy of the inter-agency platform page (none when that app is not installed)."""
    if not apps.is_installed("egecms.platform"):
        return []
    return list(apps.get_model("egecms_platform", "PlatformPage").objects.all())


def _member_group_names(agencies):
    """The groups that see the platform: member agencies' groups and the editorial board."""
    names = [roles.EDITORIAL_BOARD]
    for agency in agencies.values():
        if agency.is_member:
            names += roles.agency_groups(agency)
    return names


class ProvisionWorkspaces:
    """The provisioning action: :meth:`execute` applies a checked :class:`Description`."""

    def __init__(self, description):
        self.description = description
        self.report = Report()

    # -- the parts of the desired state ---------------------------------------------------
    def _ensure_locales(self):
        locales = {}
        for code in self.description.locales:
            locales[code], created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.report.changes.append(f"+ locale {code}")
        return locales

    def _ensure_agencies(self, default_locale):
        agencies = {}
        admitted = admitted_acronyms()
        for spec in self.description.agencies.values():
            status = self._status(spec, admitted)
            agency = Agency.objects.filter(locale=default_locale, acronym=spec.acronym).first()
            if agency is None:
                agency = Agency.objects.create(
                    locale=default_locale, acronym=spec.acronym, name=spec.name, status=status
                )
                self.report.changes.append(f"+ agency {spec.acronym} ({status})")
            elif agency.status != status:
                agency.status = status
                agency.save(update_fields=["status"])
                self.report.changes.append(f"~ agency {spec.acronym} is now {status}")
            agencies[spec.key] = agency
        return agencies

    def _status(self, spec, admitted):
        """The file's status, unless an app recorded the agency's admission (a consensus
        decision of the Task Force): the file does not undo a decision, it is told to follow."""
        if spec.is_member or spec.acronym not in admitted:
            return spec.status
        self.report.warnings.append(
            f"agency {spec.acronym} was admitted as a member; workspaces.yaml still says "
            f"'status: {spec.status}': set 'status: member'"
        )
        return Agency.Status.MEMBER.value

    def _ensure_groups(self, names):
        access_admin = _permission("wagtailadmin", "access_admin")
        submit_translation = _permission("wagtail_localize", "submit_translation")
        assign_agencies = _permission("egecms_core", "assign_workspace_agencies")
        snippets = [_permission(app, codename) for app, codename in roles.TRANSLATABLE_SNIPPETS]
        groups = {}
        for name in names:
            group, created = Group.objects.get_or_create(name=name)
            if created:
                self.report.changes.append(f"+ group {name}")
            wanted = [access_admin]
            is_translators = any(
                roles.TRANSLATORS in held for held in roles.language_roles([name]).values()
            )
            if name == roles.EDITORIAL_BOARD or is_translators:
                # translators: snippets in their language only (snippet_locales)
                wanted += [submit_translation, *snippets]
            if name == roles.EDITORIAL_BOARD:
                wanted.append(assign_agencies)
            missing = [p for p in wanted if not group.permissions.filter(pk=p.pk).exists()]
            if missing:
                group.permissions.add(*missing)
            groups[name] = group
        return groups

    def _desired_page_permissions(self, locales, agencies):
        """``{(group name, page id, codename)}`` the description asks for."""
        desired = set()
        described = {spec.slug: spec for spec in self.description.workspaces}
        pages = _workspace_pages_by_slug(locales[self.description.default_locale])
        key_by_agency_id = {agency.pk: key for key, agency in agencies.items()}

        def grant(page, agency_keys, codenames):
            translations = _with_translations(page)
            for key in agency_keys:
                for group_name in roles.agency_groups(agencies[key]):
                    for translation in translations:
                        desired.update((group_name, translation.pk, c) for c in codenames)

        for slug, spec in described.items():
            page = pages.get(slug)
            if page is None:
                self.report.warnings.append(
                    f"{spec.kind.replace('_', ' ')} '{slug}' has no page yet: its permissions "
                    "will be granted when it exists and provisioning runs again"
                )
                continue
            grant(page, spec.leads, roles.PUBLISH)
            grant(page, spec.members, roles.EDIT)
        for slug, page in pages.items():
            if slug not in described and page.is_agency_space:  # led by its agency
                leads = [
                    key_by_agency_id[a] for a in page.lead_agency_ids() if a in key_by_agency_id
                ]
                grant(page, leads, roles.PUBLISH)
        for platform_page in _platform_pages():
            for group_name in _member_group_names(agencies):
                if group_name != roles.EDITORIAL_BOARD:
                    desired.update((group_name, platform_page.pk, c) for c in roles.PUBLISH)
        platform_ids = {page.pk for page in _platform_pages()}
        for topic_page in TopicPage.objects.select_related("locale"):
            desired.update((roles.EDITORIAL_BOARD, topic_page.pk, c) for c in roles.MODERATE)
            code = topic_page.locale.language_code
            if code not in locales:
                continue
            # Translators work on the public sections of their language's tree. Wagtail's
            # permissions reach every page below the one they are given on, so they are given
            # section by section, leaving out the platform (for member agencies only).
            for section_id in topic_page.get_children().values_list("pk", flat=True):
                if section_id not in platform_ids:
                    desired.update(
                        (roles.translators_group(code), section_id, c) for c in roles.TRANSLATE
                    )
                    desired.update(
                        (roles.reviewers_group(code), section_id, c) for c in roles.REVIEW
                    )
        return desired

    def _sync_page_permissions(self, groups, desired):
        permissions = {
            p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore")
        }
        existing = {
            (gpp.group.name, gpp.page_id, gpp.permission.codename): gpp
            for gpp in GroupPagePermission.objects.filter(group__in=groups.values()).select_related(
                "group", "permission"
            )
        }
        added, removed = sorted(desired - set(existing)), sorted(set(existing) - desired)
        # Page paths only for the report lines, and only of the pages that change.
        paths = dict(
            Page.objects.filter(pk__in={key[1] for key in added + removed}).values_list(
                "pk", "url_path"
            )
        )
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(
                group=groups[group_name], page_id=page_id, permission=permissions[codename]
            )
            for group_name, page_id, codename in added
        )
        for group_name, page_id, codename in added:
            self.report.changes.append(f"+ {group_name}: {codename} on {paths[page_id]}")
        for key in removed:
            group_name, page_id, codename = key
            existing[key].delete()
            self.report.changes.append(f"- {group_name}: {codename} on {paths.get(page_id)}")

    def _sync_collection_permissions(self, groups, agencies):
        root = Collection.get_first_root_node()
        desired = set()
        collections = {}
        for agency in agencies.values():
            collection = root.get_children().filter(name=agency.acronym).first()
            if collection is None:
                collection = root.add_child(name=agency.acronym)
                self.report.changes.append(f"+ collection {agency.acronym}")
            collections[collection.pk] = collection
            for group_name in roles.agency_groups(agency):
                for model in ("wagtailimages.image", "wagtaildocs.document"):
                    desired.update((group_name, collection.pk, model, a) for a in roles.MEDIA)
        collections[root.pk] = root
        for model in ("wagtailimages.image", "wagtaildocs.document"):
            desired.update((roles.EDITORIAL_BOARD, root.pk, model, a) for a in roles.MEDIA)
        platform = self._platform_collection(root, groups, agencies)
        collections[platform.pk] = platform
        for group_name in _member_group_names(agencies):
            desired.update(
                (group_name, platform.pk, "wagtaildocs.document", a) for a in roles.MEDIA
            )
        permissions = {}
        for model in ("wagtailimages.image", "wagtaildocs.document"):
            app_label, model_name = model.split(".")
            content_type = ContentType.objects.get(app_label=app_label, model=model_name)
            for action in roles.MEDIA:
                permissions[(model, action)] = Permission.objects.get(
                    content_type=content_type, codename=f"{action}_{model_name}"
                )
        existing = {}
        for gcp in GroupCollectionPermission.objects.filter(
            group__in=groups.values()
        ).select_related("group", "permission__content_type"):
            ct = gcp.permission.content_type
            model = f"{ct.app_label}.{ct.model}"
            action = gcp.permission.codename.split("_", 1)[0]
            existing[(gcp.group.name, gcp.collection_id, model, action)] = gcp
        for key in sorted(desired - set(existing)):
            group_name, collection_id, model, action = key
            GroupCollectionPermission.objects.create(
                group=groups[group_name],
                collection_id=collection_id,
                permission=permissions[(model, action)],
            )
            self.report.changes.append(
                f"+ {group_name}: {action} {model.split('.')[1]}s in {collections[collection_id].name}"
            )
        for key in sorted(set(existing) - desired):
            existing[key].delete()
            self.report.changes.append(f"- {key[0]}: {key[3]} {key[2]} in collection {key[1]}")

    def _platform_collection(self, root, groups, agencies):
        """The documents of the platform: a collection only member agencies can download from."""
        collection = root.get_children().filter(name=roles.PLATFORM_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=roles.PLATFORM_COLLECTION)
            self.report.changes.append(f"+ collection {roles.PLATFORM_COLLECTION}")
        restriction = CollectionViewRestriction.objects.filter(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        ).first()
        if restriction is None:
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.GROUPS
            )
        self._set_restriction_groups(restriction, groups, agencies, collection.name)
        return collection

    def _set_restriction_groups(self, restriction, groups, agencies, label):
        wanted = {groups[name].pk for name in _member_group_names(agencies)}
        if set(restriction.groups.values_list("pk", flat=True)) != wanted:
            restriction.groups.set(wanted)
            self.report.changes.append(f"~ {label}: visible to member agencies and the board only")

    def _restrict_platform(self, groups, agencies):
        for page in _platform_pages():
            restrictions = list(PageViewRestriction.objects.filter(page=page).order_by("pk"))
            restriction = restrictions[0] if restrictions else None
            if restriction is None or restriction.restriction_type != PageViewRestriction.GROUPS:
                PageViewRestriction.objects.filter(page=page).delete()
                restriction = PageViewRestriction.objects.create(
                    page=page, restriction_type=PageViewRestriction.GROUPS
                )
            else:  # a copy of a restricted page may carry its own copy of the restriction
                PageViewRestriction.objects.filter(page=page).exclude(pk=restriction.pk).delete()
            self._set_restriction_groups(restriction, groups, agencies, page.url_path)

    def _link_agency_groups(self, agencies, groups):
        for agency in agencies.values():
            for role, group_name in (
                (AgencyGroup.Role.EDITORS, roles.editors_group(agency)),
                (AgencyGroup.Role.PROGRAM_MANAGERS, roles.program_managers_group(agency)),
            ):
                link, created = AgencyGroup.objects.get_or_create(
                    group=groups[group_name], defaults={"agency": agency, "role": role}
                )
                if not created and (link.agency_id, link.role) != (agency.pk, role):
                    link.agency, link.role = agency, role
                    link.save()
                    self.report.changes.append(f"~ {group_name} now acts for {agency.acronym}")

    # -- the action ---------------------------------------------------------------------------
    @transaction.atomic
    def execute(self):
        locales = self._ensure_locales()
        agencies = self._ensure_agencies(locales[self.description.default_locale])
        names = [roles.EDITORIAL_BOARD]
        for agency in agencies.values():
            names += roles.agency_groups(agency)
        names += [roles.translators_group(code) for code in self.description.locales]
        names += [roles.reviewers_group(code) for code in self.description.locales]
        groups = self._ensure_groups(names)
        self._link_agency_groups(agencies, groups)
        desired = self._desired_page_permissions(locales, agencies)
        self._sync_page_permissions(groups, desired)
        changes, warnings = sync_workspace_agencies(
            self.description,
            _workspace_pages_by_slug(locales[self.description.default_locale]),
            agencies,
        )
        self.report.changes += changes
        self.report.warnings += warnings
        self._sync_collection_permissions(groups, agencies)
        self._restrict_platform(groups, agencies)
        self.report.changes += ensure_contribution_workflow(groups)
        self.report.changes += ensure_translation_workflows(groups, self.description.locales)
        self._apply_app_sections(agencies)
        return self.report

    def _apply_app_sections(self, agencies):
        """The sections installed apps added to the description (``SECTIONS_HOOK``)."""
        handlers = section_handlers()
        for name, parsed in self.description.sections.items():
            if name in handlers:
                handlers[name].apply(parsed, agencies=agencies, report=self.report)
