"""Median time and queries of a page rendered in-process (Django's test client, no server)."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

REPEAT = 15


def measure(url, *, client=None):
    """``(median seconds, queries)`` of ``REPEAT`` anonymous GETs of ``url`` after a warm-up."""
    client = client or Client()
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), len(queries)
