"""The production settings pass ``manage.py check --deploy`` and redirect to HTTPS."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_under_production_settings_has_no_warning():
    """In a process of its own: the production settings read their environment on import."""
    result = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "egecms.settings.production",
            "SECRET_KEY": "a-long-random-production-key-" + "x7Qp2Lm9Zr4Tw8Vy" * 3,
            "ALLOWED_HOSTS": "egov.example.org",
            "DATABASE_URL": "sqlite://:memory:",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "no issues" in result.stdout, result.stdout


@pytest.mark.django_db
@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_REDIRECT_EXEMPT=[r"^healthz$"],
    SECURE_HSTS_SECONDS=31_536_000,
)
def test_plain_http_is_redirected_except_the_health_probe(client):
    """The same settings as production's, on the test client (plain HTTP)."""
    redirected = client.get("/en/")
    assert redirected.status_code == 301
    assert redirected["Location"] == "https://testserver/en/"
    assert client.get("/healthz").status_code not in (301, 302)  # answered over HTTP
    secure = client.get("/healthz", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000"
