"""``/healthz``: is this instance able to serve? (django-health-check)

Database, cache, both storages (public media and private documents: each writes, reads and
deletes a small file) and the search backend, plus every function named in
``EGECMS["HEALTH_CHECK_FUNCTIONS"]``: the registration point for checks of other parts of the
platform (the task worker…)::

    EGECMS = {..., "HEALTH_CHECK_FUNCTIONS": {"worker": "egecms.tasks.health.worker_is_alive"}}

Such a function takes no argument and returns when all is well; it raises
``health_check.exceptions.ServiceUnavailable("no worker seen for 5 minutes")`` to say what is
wrong (the message is shown: no addresses or credentials in it). Any other exception is logged
and shown as "unknown error". It runs in the request's thread, so it may use the database.

The answer is 200 when everything is well, 500 otherwise; HTML by default, JSON with
``Accept: application/json`` or ``?format=json``, never cached, no login.
"""

import dataclasses

from asgiref.sync import sync_to_async
from django.conf import settings
from django.utils.module_loading import import_string
from health_check import checks
from health_check.base import HealthCheck
from health_check.checks import Cache, Database
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

from egecms.search.models import SearchDocument
from egecms.search.query import backend_errors

# The query the search check sends: a word no document holds, so the answer is empty and cheap.
PROBE_WORDS = "egecmshealthprobe"


@dataclasses.dataclass
class SearchBackend(HealthCheck):
    """The search backend answers a query over the public search's index: Wagtail's database
    backend reads its index table; a search server (Elasticsearch, OpenSearch) must be up, and
    the index must exist."""

    def probe(self):
        try:
            list(SearchDocument.objects.search(PROBE_WORDS)[:1])
        except backend_errors() as error:
            # The client's message may hold the server's address: not shown, only logged.
            raise ServiceUnavailable("the search backend does not answer") from error

    async def run(self):
        await sync_to_async(self.probe)()


@dataclasses.dataclass
class Storage(checks.Storage):
    """django-health-check's storage check (write, read, delete a small file), run in the
    request's thread: django-storages keeps one S3 client per thread, and making one costs
    about a second — in fresh executor threads, every probe of a load balancer would pay it."""

    async def run(self):
        await sync_to_async(super().run)()


@dataclasses.dataclass
class Function(HealthCheck):
    """A plain function registered in ``EGECMS["HEALTH_CHECK_FUNCTIONS"]`` under ``name``."""

    name: str
    path: str = dataclasses.field(repr=False)

    async def run(self):
        await sync_to_async(import_string(self.path))()


def health_checks():
    """The checks ``/healthz`` runs: ``(check class, options)``, read per request."""
    registered = settings.EGECMS.get("HEALTH_CHECK_FUNCTIONS", {})
    return [
        (Database, {}),
        (Cache, {}),
        (Storage, {"alias": "default"}),
        (Storage, {"alias": "documents"}),
        (SearchBackend, {}),
        *((Function, {"name": name, "path": path}) for name, path in registered.items()),
    ]


class HealthView(HealthCheckView):
    """django-health-check's view with the platform's checks."""

    def get_checks(self):
        for check, options in health_checks():
            yield check(**options)
