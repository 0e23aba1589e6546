"""The declarative description of who works where (``workspaces.yaml``), read and checked.

Errors name the line of the file at fault, so the people who keep the file can fix it
without reading code. Nothing here touches the database.
"""

from dataclasses import dataclass, field

import yaml
from django.apps import apps
from django.conf import settings
from wagtail import hooks

#: Apps extend the description with sections of their own through this hook: each function
#: returns ``{section name: handler}``, where ``handler.parse(value, *, agencies)`` checks the
#: section's plain YAML value (raising :class:`DescriptionError`) and returns what
#: ``handler.apply(parsed, *, agencies, report)`` applies when provisioning (``agencies``: key
#: -> Agency row; ``report``: the provisioning report, for its changes and warnings).
SECTIONS_HOOK = "workspaces_description_sections"
#: Apps that admit agencies by their own records (the governance app's accession decisions)
#: say so through this hook: each function returns the acronyms of the agencies admitted, and
#: provisioning keeps them members whatever status the file still gives them.
ADMITTED_HOOK = "workspaces_admitted_agencies"
CORE_SECTIONS = ("locales", "agencies", "clusters", "issue_areas")

AGENCY_STATUSES = ("member", "prospective")
MAX_LEAD_AGENCIES = 3


class DescriptionError(ValueError):
    """A mistake in the description, with the line it is on (1-based)."""

    def __init__(self, message, line=None, source="workspaces.yaml"):
        self.message = message
        self.line = line
        self.source = source
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class AgencySpec:
    key: str
    name: str
    status: str
    acronym: str
    line: int

    @property
    def is_member(self):
        return self.status == "member"


@dataclass(frozen=True)
class WorkspaceSpec:
    """A cluster or an issue area, identified by the slug of its page."""

    kind: str
    slug: str
    leads: tuple
    members: tuple
    line: int


@dataclass(frozen=True)
class Description:
    locales: tuple
    agencies: dict
    workspaces: tuple = field(default_factory=tuple)
    #: The sections apps added (``SECTIONS_HOOK``): name -> what their handler parsed.
    sections: dict = field(default_factory=dict)

    @property
    def default_locale(self):
        return self.locales[0]


class _Node:
    """A YAML node with its 1-based line, to report mistakes where they are."""

    def __init__(self, node):
        self.node = node
        self.line = node.start_mark.line + 1

    def mapping(self, what):
        if not isinstance(self.node, yaml.MappingNode):
            raise DescriptionError(f"{what} should be a list of 'name: value' entries", self.line)
        return [(_Node(key), _Node(value)) for key, value in self.node.value]

    def scalar(self, what):
        if not isinstance(self.node, yaml.ScalarNode) or self.node.value == "":
            raise DescriptionError(f"{what} should be a single value", self.line)
        return str(self.node.value).strip()

    def sequence(self, what):
        if isinstance(self.node, yaml.ScalarNode) and self.node.value not in ("", "~", "null"):
            return [self]
        if isinstance(self.node, yaml.ScalarNode):
            return []
        if not isinstance(self.node, yaml.SequenceNode):
            raise DescriptionError(f"{what} should be a list like [IDB, OAS]", self.line)
        return [_Node(item) for item in self.node.value]


def section_handlers():
    """``{section name: handler}`` of the sections installed apps add (``SECTIONS_HOOK``)."""
    handlers = {}
    for fn in hooks.get_hooks(SECTIONS_HOOK):
        handlers.update(fn())
    return handlers


def _is_absent_app(name):
    """A content app's own section, in a site built without that app: ignored, not a mistake
    (the plugin contract: the same workspaces.yaml provisions the site with or without it)."""
    return name in getattr(settings, "CONTENT_APPS", ()) and not apps.is_installed(name)


def _sections(root, extra=()):
    sections = {}
    known = (*CORE_SECTIONS, *extra)
    for key, value in root.mapping("the file"):
        name = key.scalar("a section name")
        if name not in known and _is_absent_app(name):
            continue
        if name not in known:
            raise DescriptionError(
                f"unknown section '{name}' (expected {', '.join(known)})", key.line
            )
        value.key_line = key.line
        sections[name] = value
    for required in ("locales", "agencies"):
        if required not in sections:
            raise DescriptionError(f"the '{required}' section is missing", root.line)
    return sections


def _agencies(node):
    agencies = {}
    for key_node, value in node.mapping("agencies"):
        key = key_node.scalar("an agency's short name")
        if key in agencies:
            raise DescriptionError(f"agency '{key}' is listed twice", key_node.line)
        fields = {k.scalar("a field name"): v for k, v in value.mapping(f"agency '{key}'")}
        unknown = set(fields) - {"name", "status", "acronym"}
        if unknown:
            raise DescriptionError(
                f"agency '{key}' has unknown field(s): {', '.join(sorted(unknown))}", value.line
            )
        if "name" not in fields:
            raise DescriptionError(f"agency '{key}' needs a name", value.line)
        status = fields["status"].scalar("status") if "status" in fields else "member"
        if status not in AGENCY_STATUSES:
            raise DescriptionError(
                f"agency '{key}' has status '{status}'; use member or prospective",
                fields["status"].line,
            )
        agencies[key] = AgencySpec(
            key=key,
            name=fields["name"].scalar("name"),
            status=status,
            acronym=fields["acronym"].scalar("acronym") if "acronym" in fields else key,
            line=key_node.line,
        )
    if not agencies:
        raise DescriptionError("no agency is listed", node.line)
    return agencies


def _agency_list(node, agencies, what):
    keys = []
    for item in node.sequence(what):
        key = item.scalar("an agency")
        if key not in agencies:
            raise DescriptionError(f"{what} names unknown agency '{key}'", item.line)
        if key in keys:
            raise DescriptionError(f"{what} names '{key}' twice", item.line)
        keys.append(key)
    return tuple(keys)


def _workspaces(node, kind, agencies, seen):
    label = kind.replace("_", " ")
    specs = []
    for key_node, value in node.mapping(f"{label}s"):
        slug = key_node.scalar(f"a {label}'s page slug")
        if slug in seen:
            raise DescriptionError(f"'{slug}' is described twice", key_node.line)
        seen.add(slug)
        fields = {k.scalar("a field name"): v for k, v in value.mapping(f"{label} '{slug}'")}
        unknown = set(fields) - {"lead", "members"}
        if unknown:
            raise DescriptionError(
                f"{label} '{slug}' has unknown field(s): {', '.join(sorted(unknown))}", value.line
            )
        what = f"{label} '{slug}'"
        leads = _agency_list(fields["lead"], agencies, what) if "lead" in fields else ()
        if not leads:
            raise DescriptionError(f"{what} has no lead agency", key_node.line)
        if len(leads) > MAX_LEAD_AGENCIES:
            raise DescriptionError(
                f"{what} has {len(leads)} lead agencies; at most {MAX_LEAD_AGENCIES}",
                fields["lead"].line,
            )
        members = _agency_list(fields["members"], agencies, what) if "members" in fields else ()
        both = sorted(set(leads) & set(members))
        if both:
            raise DescriptionError(
                f"{what} lists {', '.join(both)} as lead and as member", fields["members"].line
            )
        specs.append(WorkspaceSpec(kind, slug, leads, members, key_node.line))
    return specs


def parse_description(text, *, source="workspaces.yaml", known_locales=None):
    """Read the description; raise :class:`DescriptionError` naming the line of the first mistake."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise DescriptionError(f"not valid YAML: {error.problem}", line, source) from error
    if root is None:
        raise DescriptionError("the file is empty", None, source)
    handlers = section_handlers()
    try:
        sections = _sections(_Node(root), extra=tuple(handlers))
        locales = tuple(
            item.scalar("a language code") for item in sections["locales"].sequence("locales")
        )
        if not locales:
            raise DescriptionError("no locale is listed", sections["locales"].line)
        for item in sections["locales"].sequence("locales"):
            code = item.scalar("a language code")
            if known_locales is not None and code not in known_locales:
                raise DescriptionError(
                    f"unknown language '{code}' (the site has {', '.join(known_locales)})",
                    item.line,
                )
        agencies = _agencies(sections["agencies"])
        seen = set()
        workspaces = []
        for kind, section in (("cluster", "clusters"), ("issue_area", "issue_areas")):
            if section in sections:
                workspaces += _workspaces(sections[section], kind, agencies, seen)
        extra = _extra_sections(text, sections, handlers, agencies)
    except DescriptionError as error:
        raise DescriptionError(error.message, error.line, source) from None
    return Description(
        locales=locales, agencies=agencies, workspaces=tuple(workspaces), sections=extra
    )


def _extra_sections(text, sections, handlers, agencies):
    """Each app's section, parsed by its handler; a mistake without a line is the section's."""
    present = [name for name in handlers if name in sections]
    if not present:
        return {}
    plain = yaml.safe_load(text)
    parsed = {}
    for name in present:
        try:
            parsed[name] = handlers[name].parse(plain[name], agencies=agencies)
        except DescriptionError as error:
            raise DescriptionError(error.message, error.line or sections[name].key_line) from None
    return parsed


def admitted_acronyms():
    """The acronyms of the agencies an app recorded as admitted (``ADMITTED_HOOK``)."""
    return {acronym for function in hooks.get_hooks(ADMITTED_HOOK) for acronym in function()}
