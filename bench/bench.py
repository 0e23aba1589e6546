"""Benchmark of the public aggregate pages as content grows (``make bench``).

Builds a site with 100, 1,000 and 10,000 contributions of each type (practices, services,
events; a fifth of the events repeat weekly) in bulk (``tests/bulk.py``), with their search
documents, and prints for the topic page, the practice library, the calendar (upcoming list
and month), its iCalendar feed and the search page (browsing, words, facets) the median
in-process time of a request and its query count. A page whose cost does not grow with
content keeps both flat. Events come at a steady rate (three a day, a season of them still to
come), so a larger site has a longer past, not a busier month (the month shown is this one). Not a test: timings depend on
the machine; the bounds are tested.

``python bench/bench.py --sizes 100,1000 --profile "search (words)"`` profiles one page at
the largest size (cProfile, sorted by cumulative time).
"""

import argparse
import cProfile
import datetime
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "egecms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

REPEAT = 9
SIZES = (100, 1_000, 10_000)
EVENTS_PER_DAY = 3
UPCOMING_DAYS = 90
COUNTRIES = ("PE", "BR", "CL", "MX", "HT")


def measure(client, url, *, repeat=REPEAT):
    """Median seconds (wall clock, and this process's CPU: SQLite runs in it, and the CPU time
    says less about other programs sharing the machine) of a request to ``url``, and its query
    count. No page cache; what the first reader leaves in the cache (labels, Wagtail's site
    root paths) is kept."""
    client.get(url)
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(wall), statistics.median(cpu), len(queries)


def grow(tree, topics, start, stop):
    """Contributions ``start`` .. ``stop`` of each type, with their search documents."""
    from practices.models import PracticePage
    from services.models import ServicePage
    from tests import bulk

    agencies = [tree.pages["agency_idb"], tree.pages["agency_oas"]]
    numbers = range(start, stop)
    for agency_index, agency in enumerate(agencies):
        mine = [n for n in numbers if n % 2 == agency_index]
        for topic_index, topic in enumerate(topics):
            part = [n for n in mine if n % len(topics) == topic_index]
            relations = {"agencies": [agency], "topics": [topic]}
            bulk.live_pages(
                tree.pages["cluster"],
                PracticePage,
                [practice_fields(n) for n in part],
                **relations,
            )
            bulk.live_pages(
                tree.pages["agency"], ServicePage, [service_fields(n) for n in part], **relations
            )
            bulk.live_events(tree.pages["issue_area"], [event_fields(n) for n in part], **relations)


def practice_fields(n):
    return {
        "title": f"Practice of municipal services {n}",
        "slug": f"practice-{n}",
        "summary": "Municipal one-stop shops for citizens",
        "countries": [COUNTRIES[n % 5]],
        "year": 2026 - n % 25,
        "date": datetime.date(2026, 1, 1) - datetime.timedelta(days=n // 3),
        "outcome": "avoid" if n % 4 == 0 else "adapt",
    }


def service_fields(n):
    return {
        "title": f"Training in digital services {n}",
        "slug": f"service-{n}",
        "summary": "Expertise on offer for municipal services",
        "countries": [COUNTRIES[n % 5]],
        "modality": "training",
        "languages": ["es", "en"],
    }


def event_fields(n):
    """Three events a day: the first ``UPCOMING_DAYS`` days' worth still to come, from today;
    the others further and further in the past."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    upcoming = EVENTS_PER_DAY * UPCOMING_DAYS
    days_from_now = n / EVENTS_PER_DAY if n < upcoming else -(n - upcoming + 1) / EVENTS_PER_DAY
    start = now + datetime.timedelta(days=days_from_now, hours=n % 7)
    return {
        "title": f"Workshop on municipal services {n}",
        "slug": f"event-{n}",
        "summary": "A meeting of the Task Force",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "timezone": ("America/Lima", "America/Santiago", "America/Sao_Paulo")[n % 3],
        "recurrence": "FREQ=WEEKLY;COUNT=12" if n % 5 == 0 else "",
        "city": "Lima",
        "country": COUNTRIES[n % 5],
        "date": start.date(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--profile", help="a page name to profile at the largest size")
    parser.add_argument("--repeat", type=int, default=REPEAT)
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    from egecms.search.documents import rebuild_documents
    from egecms.search.models import SearchPage
    from tests import factories
    from tests.builders import build_site

    tree = build_site(translate=False)
    topics = [
        factories.TopicFactory(name=name, slug=slug)
        for name, slug in (("Open data", "open-data"), ("Digital identity", "digital-identity"))
    ]
    search = SearchPage(title="Search", slug="search")
    tree.topic.add_child(instance=search)
    search.save_revision().publish()
    calendar = tree.pages["calendar"].url
    month = timezone.now().strftime("%Y-%m")
    pages = {
        "topic page": "/en/",
        "practice library": tree.pages["practices"].url,
        "calendar": calendar,
        "calendar month": f"{calendar}?view=month&month={month}",
        "calendar feed": f"{calendar}feed.ics",
        "search (browse)": search.url,
        "search (words)": f"{search.url}?q=municipal+services",
        "search (facets)": f"{search.url}?q=municipal&type=practices.practicepage&country=PE",
        "search (page 3)": f"{search.url}?q=municipal&agency={tree.pages['agency_idb'].pk}&page=3",
    }
    client = Client()
    results, current = {}, 0
    for size in sizes:
        started = time.perf_counter()
        grow(tree, topics, current, size)
        current = size
        built = time.perf_counter() - started
        started = time.perf_counter()
        documents = rebuild_documents()
        indexed = time.perf_counter() - started
        print(
            f"{size} of each type: built in {built:.1f} s, {documents} search documents "
            f"in {indexed:.1f} s",
            file=sys.stderr,
        )
        for name, url in pages.items():
            results[(name, size)] = measure(client, url, repeat=options.repeat)
    print(f"{'page':<18}{'items/type':>11}{'median ms':>11}{'cpu ms':>9}{'queries':>9}")
    for name in pages:
        for size in sizes:
            wall, cpu, queries = results[(name, size)]
            print(f"{name:<18}{size:>11}{wall * 1000:>11.1f}{cpu * 1000:>9.1f}{queries:>9}")
    if options.profile:
        url = pages[options.profile]
        cache.clear()
        client.get(url)
        profiler = cProfile.Profile()
        profiler.enable()
        client.get(url)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
