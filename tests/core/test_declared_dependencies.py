"""Every documented configuration installs with an extra that exists, and works."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]


@pytest.mark.parametrize("backend", sorted(settings.SEARCH_BACKEND_CHOICES))
def test_each_search_backend_names_an_extra_that_installs_its_client(backend):
    _module, extra = settings.SEARCH_BACKEND_CHOICES[backend]
    if extra is None:
        return  # Wagtail's database backend needs nothing more
    assert extra in EXTRAS, f"SEARCH_BACKEND={backend} names the extra {extra!r}: not declared"
    client = {"elasticsearch": "elasticsearch", "opensearch": "opensearch-py"}
    assert any(
        requirement.startswith(client["opensearch" if "opensearch" in backend else "elasticsearch"])
        for requirement in EXTRAS[extra]
    )


def test_an_unknown_search_backend_is_refused_by_name():
    result = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "-c", "import egecms.settings.test"],
        cwd=ROOT,
        env={"SEARCH_BACKEND": "solr", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SEARCH_BACKEND='solr'" in result.stderr


def test_a_redis_cache_url_has_an_extra_and_works_against_the_local_redis():
    assert any(requirement.startswith("redis") for requirement in EXTRAS["redis"])
    script = (
        "import django; django.setup()\n"
        "from django.core.cache import caches\n"
        "cache = caches['default']\n"
        "print(type(cache).__module__)\n"
        "cache.set('egecms-probe', 'ok', 5); print(cache.get('egecms-probe'))\n"
    )
    result = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            "DJANGO_SETTINGS_MODULE": "egecms.settings.dev",
            "CACHE_URL": "redis://127.0.0.1:6379/15",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "Connection refused" in result.stderr:
        pytest.skip("no Redis on 127.0.0.1:6379")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == [
        "egecms.core.resilient_cache",
        "ok",
    ]  # RedisCache, outage-proof
