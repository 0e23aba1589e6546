"""Requests per second under load: gunicorn on loopback, wrk as the concurrent clients."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECONDS = 4
CONNECTIONS = 8


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(*, page_cache, workers=2):
    """The repository's gunicorn (``gunicorn.conf.py``) with the bench settings, 2 sync
    workers, on a free loopback port; yields its base URL."""
    port = _free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "BENCH_PAGE_CACHE": "1" if page_cache else "0",
        "PYTHONPATH": str(ROOT),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_THREADS": "1",
        "GUNICORN_MAX_REQUESTS": "0",  # no worker recycled in the middle of a measurement
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py")],
        cwd=ROOT,
        env=environment,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/bench/floor/", timeout=1).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("gunicorn did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def available():
    return shutil.which("wrk") is not None


def load(url):
    """``(requests per second, median latency in ms)`` of ``CONNECTIONS`` clients for a while."""
    urllib.request.urlopen(url, timeout=10).read()  # noqa: S310 - warm (and fill a cache)
    output = subprocess.run(  # noqa: S603
        ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"50%\s+([\d.]+)(us|ms|s)", output).groups()
    median_ms = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    if re.search(r"Non-2xx or 3xx responses", output):
        raise RuntimeError(f"{url}: some responses were errors\n{output}")
    return rate, median_ms
