"""Local development: debug on, console e-mail, the embedded SQLite database by default."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# The demo (manage.py load_demo): never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "egecms.demo"]

# Two-factor authentication is not asked on a laptop, so that the demo's logins work as
# printed; TWO_FACTOR_ENFORCED=on tries it (production always asks: see base.py).
EGECMS = {  # noqa: F405
    **EGECMS,  # noqa: F405
    "TWO_FACTOR_ENFORCED": env.bool("TWO_FACTOR_ENFORCED", default=False),
}
