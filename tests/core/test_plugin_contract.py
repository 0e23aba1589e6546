"""The plugin contract: leaving a content app out of INSTALLED_APPS leaves a working site."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from egecms.core.models import Contribution
from egecms.core.registry import contribution_types

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ["tests.settings_without_events", "tests.settings_without_services"]


def run(*args, settings_module):
    """Our interpreter with ``args``, in ``settings_module``, on a database in memory: what is
    checked is which apps are installed, and SQLite migrates in a fraction of PostgreSQL's
    time (the rest of the suite runs on both)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": "sqlite://:memory:",
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_registry_lists_every_installed_contribution_type():
    assert {entry.key for entry in contribution_types} == {
        "clusters.practicepage",
        "services.servicepage",
        "events.eventpage",
    }
    assert all(issubclass(model, Contribution) for model in contribution_types.models)


def test_core_never_imports_a_content_app():
    core = ROOT / "egecms"
    offenders = [
        str(path.relative_to(ROOT))
        for path in core.rglob("*.py")
        if "settings" not in path.parts
        and any(
            line.lstrip().startswith((f"from {app}", f"import {app}"))
            for line in path.read_text().splitlines()
            for app in ("clusters", "services", "events")
        )
    ]
    assert offenders == []


@pytest.mark.parametrize("settings_module", VARIANTS)
def test_manage_py_check_passes_without_the_app(settings_module):
    result = run("manage.py", "check", settings_module=settings_module)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("settings_module", VARIANTS)
def test_topic_page_renders_without_the_app(settings_module):
    result = run(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/plugin_contract/site_checks.py",
        settings_module=settings_module,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
