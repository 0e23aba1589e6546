"""The plugin contract: leaving a content app out of INSTALLED_APPS leaves a working site."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from egecms.core.models import Contribution
from egecms.core.registry import contribution_types

ROOT = Path(__file__).resolve().parents[2]


def run(*args, leave_out):
    """Our interpreter with ``args``, in a site without the app ``leave_out``, on a database
    in memory: what is checked is which apps are installed, and SQLite migrates in a fraction
    of PostgreSQL's time (the rest of the suite runs on both)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_without_app",
        "EGECMS_LEAVE_OUT": leave_out,
        "DATABASE_URL": "sqlite://:memory:",
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_registry_lists_every_installed_contribution_type():
    assert {entry.key for entry in contribution_types} == {
        "practices.practicepage",
        "services.servicepage",
        "events.eventpage",
        "coordination.activitypage",
    }
    assert all(issubclass(model, Contribution) for model in contribution_types.models)


def test_core_never_imports_a_content_app():
    """The platform (egecms/) never imports a content app; the demo (dev and test settings
    only) does, inside each part's ``load()``, which runs only when its apps are installed."""
    core = ROOT / "egecms"
    offenders = [
        str(path.relative_to(ROOT))
        for path in core.rglob("*.py")
        if not {"settings", "demo"} & set(path.relative_to(core).parts)
        and any(
            line.lstrip().startswith((f"from {app}", f"import {app}"))
            for line in path.read_text().splitlines()
            for app in settings.CONTENT_APPS
        )
    ]
    assert offenders == []


@pytest.mark.parametrize("app", settings.CONTENT_APPS)
def test_the_site_checks_migrates_and_renders_without_the_app(app):
    """Django's system checks, the migration graph (consistent, nothing missing), the topic
    page and every page below it, in one process of a site that leaves ``app`` out. The pages
    are rendered on tables made from the models (``--nomigrations``: running every migration
    again for each app left out would cost a quarter of a minute each)."""
    result = run(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nomigrations",
        "tests/plugin_contract/site_checks.py",
        leave_out=app,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
