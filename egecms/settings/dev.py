"""Local development: debug on, console e-mail, the embedded SQLite database by default."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# The demo (manage.py load_demo): never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "egecms.demo"]
