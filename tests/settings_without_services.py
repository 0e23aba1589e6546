"""Test settings of a site built without the services app (plugin contract)."""

from egecms.settings.test import *  # noqa: F403
from egecms.settings.test import DATABASES, INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "services"]
# Runs beside the main test session: a test database of its own on PostgreSQL.
if "sqlite" not in DATABASES["default"]["ENGINE"]:
    DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_egecms_without_services"
