"""Test settings of a site built without one content app (plugin contract): the app named by
``EGECMS_LEAVE_OUT`` (see tests/core/test_plugin_contract.py)."""

import os

from egecms.settings.test import *  # noqa: F403
from egecms.settings.test import CONTENT_APPS, INSTALLED_APPS

LEFT_OUT = os.environ["EGECMS_LEAVE_OUT"]
if LEFT_OUT not in CONTENT_APPS:
    raise ValueError(f"EGECMS_LEAVE_OUT={LEFT_OUT!r} is not one of CONTENT_APPS {CONTENT_APPS}")
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != LEFT_OUT]
