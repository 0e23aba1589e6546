"""``make bench``: the public pages as content grows, in-process and under load, side by side.

1. A database of its own (``var/bench/``, or ``DATABASE_URL``): migrated, the demo loaded.
2. In-process (Django's test client): each public page's median time and queries on the demo,
   then with 100, 1,000 and 10,000 more contributions (``--sizes``), as ratios to the demo.
3. Under load (gunicorn, 2 workers, on loopback; wrk, 8 connections): requests per second of a
   trivial Django view (the floor) and of each page uncached and cached, as ratios to the
   floor, with the median latency.

Timings depend on the machine, so every figure is compared with another measured in the same
run; nothing here is a test (the query bounds are tested in the suite).
"""

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ.setdefault("BENCH_PAGE_CACHE", "0")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench import content, inprocess, load  # noqa: E402
from bench.pages import public_pages  # noqa: E402

TARGET_MS, TARGET_QUERIES, FEED_TARGET_MS, CACHED_SHARE = 15, 12, 20, 0.5
HELD_TO_TARGET = ("topic page", "practice library", "calendar", "search (browse)")


def fresh_database():
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        path = Path(database["NAME"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    quiet = io.StringIO()
    call_command("migrate", verbosity=0, stdout=quiet)
    call_command("load_demo", stdout=quiet)


def in_process(pages, sizes):
    results, current = {}, 0
    for size in (0, *sizes):
        if size:
            current = content.grow(current, size)
        print(f"  measured with {size} more contributions", flush=True)
        for name, url in pages.items():
            results[(name, size)] = inprocess.measure(url)
    print(f"\n{'page':<20}{'+items':>8}{'median ms':>11}{'ratio':>8}{'queries':>9}")
    for name in pages:
        baseline = results[(name, 0)][0]
        for size in (0, *sizes):
            seconds, queries = results[(name, size)]
            print(
                f"{name:<20}{size:>8}{seconds * 1000:>11.1f}{seconds / baseline:>8.2f}{queries:>9}"
            )
    return results


def under_load(pages):
    rows = {}
    with load.gunicorn(page_cache=False) as base:
        floor = load.load(f"{base}/bench/floor/")
        for name, url in pages.items():
            rows[(name, "uncached")] = load.load(base + url)
    with load.gunicorn(page_cache=True) as base:
        for name, url in pages.items():
            rows[(name, "cached")] = load.load(base + url)
    print(f"\n{'page':<20}{'':<9}{'req/s':>9}{'of floor':>10}{'median ms':>11}")
    print(f"{'floor (trivial view)':<20}{'':<9}{floor[0]:>9.0f}{1:>10.2f}{floor[1]:>11.1f}")
    for name in pages:
        for mode in ("uncached", "cached"):
            rate, median = rows[(name, mode)]
            print(f"{name:<20}{mode:<9}{rate:>9.0f}{rate / floor[0]:>10.2f}{median:>11.1f}")
    return floor, rows


def verdicts(pages, results, sizes, floor, rows):
    print("\nTargets (issue 15):")
    largest = sizes[-1] if sizes else 0
    for name in HELD_TO_TARGET:
        demo_ms = results[(name, 0)][0] * 1000
        worst_queries = max(results[(name, size)][1] for size in (0, *sizes))
        flat = results[(name, largest)][1] == results[(name, 0)][1]
        ok = demo_ms <= TARGET_MS and worst_queries <= TARGET_QUERIES and flat
        print(
            f"  {'ok ' if ok else 'NO '} {name}: {demo_ms:.1f} ms on the demo (<= {TARGET_MS}), "
            f"{worst_queries} queries at most (<= {TARGET_QUERIES}), "
            f"{'same' if flat else 'different'} queries at +{largest}; "
            f"x{results[(name, largest)][0] / results[(name, 0)][0]:.2f} the demo's time"
        )
    feed_ms = results[("calendar feed.ics", 0)][0] * 1000
    print(f"  {'ok ' if feed_ms <= FEED_TARGET_MS else 'NO '} feed.ics: {feed_ms:.1f} ms uncached")
    if floor:
        for name in pages:
            share = rows[(name, "cached")][0] / floor[0]
            verdict = "ok " if share >= CACHED_SHARE else "NO "
            print(f"  {verdict} cached {name}: {share:.0%} of the floor's requests per second")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="contributions to add")
    parser.add_argument("--no-load", action="store_true", help="in-process figures only")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",") if size]
    print("Database: migrating and loading the demo…", flush=True)
    fresh_database()
    pages = public_pages()
    results = in_process(pages, sizes)
    floor, rows = None, {}
    if not arguments.no_load:
        if load.available():
            floor, rows = under_load(pages)
        else:
            print("\nwrk is not installed (Debian: apt-get install wrk): no figures under load.")
    verdicts(pages, results, sizes, floor, rows)


if __name__ == "__main__":
    main()
