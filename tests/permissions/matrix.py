"""Run the matrix: every view on every object as one role, each cell rolled back after it."""

from django.db import transaction
from django.test import Client

from .views import VIEWS
from .world import ROLES

OBJECTS = ("own", "lead", "member", "area", "private", "pt", "es")
# Views that show nothing of the object when allowed: the form for a new page, the privacy
# dialog (JSON), the PO file (it holds the source's text, not the translation's title).
NO_MARKER = {
    "add",
    "add_subpage",
    "privacy",
    "pofile",
    "preview_translation",  # renders the translated text
    "history_results",  # the rows of the history, without the page's header
}


def _content(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def judge(view, response, effect, marker):  # noqa: C901 - one table of outcomes
    """ "Y" allowed, "-" denied, "." not applicable, "?..." neither (always a failure)."""
    if response is None:
        return "."
    status = response.status_code
    shown = marker in _content(response)
    denied = status in view.denied_statuses and not shown
    if view.kind == "action":
        if effect:
            return "Y"
        return "-" if denied else f"?{status}"
    if view.kind == "listing":
        # Listed or not; a JSON API answers 400/404 for a parent the user cannot explore.
        if status in (200, 400, 404):
            return "Y" if shown else "-"
        return "-" if denied else f"?{status}"
    if status == 200 and (shown or view.name in NO_MARKER):
        return "Y"
    return "-" if denied else f"?{status}{'+marker' if shown else ''}"


def run_role(world, role):
    """``{(view name, object name): outcome}`` for ``role``."""
    client = Client()
    user = world.users.get(role)
    if user is not None:
        client.force_login(user)
    outcomes = {}
    for view in VIEWS:
        for name in OBJECTS:
            with transaction.atomic():
                response, effect = view.run(client, world, name)
                marker = view.evidence(world, name) if view.evidence else world.markers[name]
                outcomes[(view.name, name)] = judge(view, response, effect, marker)
                transaction.set_rollback(True)
    return outcomes


def parse_table(text):
    """The expected table: ``view object`` then one column per role, in ``ROLES`` order."""
    expected = {}
    roles = list(ROLES)
    for line in text.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        view, name, *cells = line.split()
        assert len(cells) == len(roles), f"row {view} {name} has {len(cells)} cells"
        for role, cell in zip(roles, cells, strict=True):
            expected[(role, view, name)] = cell
    return expected


def format_table(outcomes_by_role):
    roles = list(ROLES)
    lines = [f"{'':22}{'':9}" + "".join(f"{role:>8}" for role in roles)]
    for view in VIEWS:
        for name in OBJECTS:
            cells = "".join(f"{outcomes_by_role[role][(view.name, name)]:>8}" for role in roles)
            lines.append(f"{view.name:22}{name:9}{cells}")
    return "\n".join(lines)
