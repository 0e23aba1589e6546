"""Contributions in bulk under the demo's spaces, for ``make bench``: practices, services and
events in the proportions 4:3:3, with their search documents, written with the tests' bulk
builders (one multi-row INSERT per table) rather than a publish each."""

import datetime

from django.db import connection
from django.utils import timezone
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from agencies.models import AgencyPage
from clusters.models import ClusterPage
from egecms.core.models import Agency, Topic
from egecms.demo.indexing import without_search_index_updates
from egecms.search.documents import rebuild_documents
from egecms.search.models import SearchDocument
from practices.models import PracticePage
from services.models import ServicePage
from tests import bulk

COUNTRIES = ["PE", "BR", "CL", "MX", "HT", "JM", "CO", "AR"]


def _fields(kind, start, stop, extra):
    return [
        {
            "title": f"Bench {kind} {number} on municipal one-stop shops",
            "slug": f"bench-{kind}-{number}",
            "summary": f"A {kind} about digital identity and open data, number {number}",
            **extra(number),
        }
        for number in range(start, stop)
    ]


def grow(current, target):
    """Add contributions (English) until ``target`` exist beyond the demo's; returns ``target``."""
    english = Locale.objects.get(language_code="en")
    cluster = ClusterPage.objects.filter(locale=english).first()
    space = AgencyPage.objects.filter(locale=english).first()
    relations = {
        "agencies": list(Agency.objects.filter(locale=english)[:2]),
        "topics": list(Topic.objects.filter(locale=english)[:2]),
    }
    practices, others = (current * 4) // 10, current - (current * 4) // 10
    wanted_practices = (target * 4) // 10
    wanted_services = (target - wanted_practices) // 2
    done_services = others // 2
    now = timezone.now()
    bulk.live_pages(
        cluster,
        PracticePage,
        _fields(
            "practice",
            practices,
            wanted_practices,
            lambda n: {
                "countries": [COUNTRIES[n % 8]],
                "year": 2000 + n % 26,
                "outcome": "avoid" if n % 4 == 0 else "adapt",
            },
        ),
        **relations,
    )
    bulk.live_pages(
        space,
        ServicePage,
        _fields(
            "service",
            done_services,
            wanted_services,
            lambda n: {"modality": "training", "languages": ["es"]},
        ),
        **relations,
    )

    def event(n):
        start = now + datetime.timedelta(days=(n % 400) - 200, hours=n % 7)
        return {
            "start": start,
            "end": start + datetime.timedelta(hours=2),
            "timezone": "America/Lima",
            "recurrence": "FREQ=WEEKLY;COUNT=8" if n % 5 == 0 else "",
            "city": "Lima",
            "country": COUNTRIES[n % 8],
        }

    bulk.live_events(
        cluster,
        _fields(
            "event", others - done_services, target - wanted_practices - wanted_services, event
        ),
        **relations,
    )
    with without_search_index_updates():
        rebuild_documents()
    get_search_backend().add_bulk(SearchDocument, list(SearchDocument.objects.all()))
    # The planner's statistics of the new rows (load_demo does the same for the demo's).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return target
