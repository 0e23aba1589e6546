"""Dependencies point one way: no project module is imported inside a function to dodge a
cycle (models import the display, filter and view code they call at the top of the module;
that code works with what it is given). Pure ``ast``: no database, no Django."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (
    "egecms",
    "clusters",
    "practices",
    "agencies",
    "services",
    "assistance",
    "events",
    "governance",
    "coordination",
    "subscriptions",
)
#: Where importing late is the framework's own way (app loading, hooks, commands) or the demo's.
NOT_CHECKED_FILES = {"apps.py", "wagtail_hooks.py"}
NOT_CHECKED_FOLDERS = {"migrations", "management"}
NOT_CHECKED_PACKAGES = {("egecms", "demo")}
#: Late imports that dodge no cycle, each with its reason.
VENDOR_SPECIFIC = {
    # As Wagtail's own database backend: the SQLite module uses Wagtail's FTS5 model, which
    # exists only when the database is SQLite with FTS5.
    "egecms/search/backends/database.py": "SearchBackend",
}


def checked_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).parts
            if path.name in NOT_CHECKED_FILES or NOT_CHECKED_FOLDERS & set(parts):
                continue
            if parts[:2] in NOT_CHECKED_PACKAGES:
                continue
            yield path


def imports_a_project_module(node):
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] in PACKAGES
    if isinstance(node, ast.Import):
        return any(alias.name.split(".")[0] in PACKAGES for alias in node.names)
    return False


def deferred_project_imports(source, name):
    """``name:line function`` of each project import inside a function body of ``source``."""
    found = set()
    for function in ast.walk(ast.parse(source, filename=name)):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if imports_a_project_module(node):
                    found.add(f"{name}:{node.lineno} {function.name}")
    return found


def is_vendor_specific(found):
    location, function = found.split(" ")
    return VENDOR_SPECIFIC.get(location.rsplit(":", 1)[0]) == function


def test_no_project_module_is_imported_inside_a_function():
    deferred = sorted(
        found
        for path in checked_files()
        for found in deferred_project_imports(path.read_text(), path.relative_to(ROOT).as_posix())
        if not is_vendor_specific(found)
    )
    assert deferred == []


def test_the_check_sees_relative_and_absolute_imports_in_nested_functions():
    source = (
        "from . import models\n"
        "def view():\n"
        "    def inner():\n"
        "        from .models import Page\n"
        "    import events.models\n"
        "    import json\n"
    )
    assert deferred_project_imports(source, "m.py") == {
        "m.py:4 inner",
        "m.py:4 view",
        "m.py:5 view",
    }
