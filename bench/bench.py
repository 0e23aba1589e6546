"""Benchmark of the public aggregate pages as content grows (``make bench``).

Prints, for the topic page, the practice library, the calendar (list and month views) and its
iCalendar feed, the median time of a request and its
query count with 10, 100 and 400 contributions per type, as ratios to the 10-item
baseline measured in the same run. A page that scales well keeps its ratio near 1 and its
query count constant. Not a test: timings depend on the machine; the query bounds are tested.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "egecms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

REPEAT = 15
SIZES = (10, 100, 400)


def measure(client, url):
    client.get(url)
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), len(queries)


def grow(tree, target, current):
    from tests import factories

    topic = factories.TopicFactory(name="Open data", slug="open-data")
    agency = tree.pages["agency_idb"]
    for index in range(current, target):
        for factory, parent in (
            (factories.PracticePageFactory, "cluster"),
            (factories.ServicePageFactory, "agency"),
            (factories.EventPageFactory, "cluster"),
        ):
            extra = {}
            if factory is factories.EventPageFactory and index % 5 == 0:
                extra["recurrence"] = "FREQ=WEEKLY;COUNT=12"  # a fifth of the events repeat
            factory(
                parent=tree.pages[parent],
                title=f"Bench {factory.__name__} {index}",
                agencies=[agency],
                topics=[topic],
                **extra,
            )


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    from tests.builders import build_site

    tree = build_site(translate=False)
    client = Client()
    import datetime

    from egecms.search.models import SearchPage

    search = SearchPage(title="Search", slug="search")
    tree.topic.add_child(instance=search)
    search.save_revision().publish()
    calendar = tree.pages["calendar"].url
    month = (datetime.date.today() + datetime.timedelta(days=30)).strftime("%Y-%m")
    pages = {
        "topic page": "/en/",
        "practice library": tree.pages["practices"].url,
        "calendar": calendar,
        "calendar month": f"{calendar}?view=month&month={month}",
        "calendar feed": f"{calendar}feed.ics",
        "search (browse)": search.url,
        "search (words)": f"{search.url}?q=bench+practice",
        "search (facets)": f"{search.url}?q=bench&type=clusters.practicepage&year=2026",
    }
    results, current = {}, 0
    for size in SIZES:
        grow(tree, size, current)
        current = size
        for name, url in pages.items():
            results[(name, size)] = measure(client, url)
    print(f"{'page':<18}{'items/type':>11}{'median ms':>11}{'ratio':>8}{'queries':>9}")
    for name in pages:
        baseline = results[(name, SIZES[0])][0]
        for size in SIZES:
            seconds, queries = results[(name, size)]
            print(
                f"{name:<18}{size:>11}{seconds * 1000:>11.1f}{seconds / baseline:>8.2f}{queries:>9}"
            )


if __name__ == "__main__":
    main()
