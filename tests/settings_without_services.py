"""Test settings of a site built without the services app (plugin contract)."""

from egecms.settings.test import *  # noqa: F403
from egecms.settings.test import INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "services"]
