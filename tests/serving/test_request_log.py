"""One log line per request, as text or JSON; Sentry only when a DSN is set."""

import json
import logging
import logging.config
import os
import subprocess
import sys
from pathlib import Path

import environ
import pytest
from django.core.exceptions import ImproperlyConfigured

from egecms.settings.observability import init_sentry, logging_config

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("method", "path", "status", "duration_ms", "user", "request_id")


def logged(caplog):
    return [record for record in caplog.records if record.name == "egecms.requests"]


@pytest.mark.django_db
def test_each_request_logs_one_line_with_its_fields_and_request_id(client, caplog, admin_user):
    caplog.set_level(logging.INFO, logger="egecms.requests")
    response = client.get("/en/no-such-page/", HTTP_X_REQUEST_ID="lb-7f3a.42")
    assert response["X-Request-ID"] == "lb-7f3a.42"
    client.force_login(admin_user)
    client.get("/en/no-such-page/", HTTP_X_REQUEST_ID='evil" id\n')  # replaced, not logged
    first, second = logged(caplog)
    assert {field: getattr(first, field) for field in FIELDS if field != "duration_ms"} == {
        "method": "GET",
        "path": "/en/no-such-page/",
        "status": 404,
        "user": "anonymous",
        "request_id": "lb-7f3a.42",
    }
    assert isinstance(first.duration_ms, float)
    assert second.user == str(admin_user.pk)
    assert len(second.request_id) == 32 and "evil" not in second.getMessage()

    # LOG_FORMAT=json: the same record is one JSON object, its fields as keys.
    env = environ.Env()
    env.ENVIRON = {"LOG_FORMAT": "json"}
    config = logging_config(env)
    formatter = logging.config.DictConfigurator(config).configure_formatter(
        config["formatters"]["json"]
    )
    line = formatter.format(first)
    assert "\n" not in line
    assert json.loads(line) | {"duration_ms": None} == {
        "time": json.loads(line)["time"],
        "level": "INFO",
        "logger": "egecms.requests",
        "message": first.getMessage(),
        **{field: getattr(first, field) for field in FIELDS},
        "duration_ms": None,
    }


def test_an_unknown_log_format_is_refused_by_name():
    env = environ.Env()
    env.ENVIRON = {"LOG_FORMAT": "xml"}
    with pytest.raises(ImproperlyConfigured, match="LOG_FORMAT='xml'"):
        logging_config(env)


def test_sentry_reports_only_when_a_dsn_is_set():
    """Without a DSN nothing starts; with one, the production settings start Sentry (in a
    process of their own: Sentry patches Django globally)."""
    env = environ.Env()
    env.ENVIRON = {}
    assert init_sentry(env) is False
    dsn = "https://public@127.0.0.1:9/1"
    script = "import egecms.settings.production, sentry_sdk; print(sentry_sdk.get_client().dsn)"
    result = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "SECRET_KEY": "x",
            "ALLOWED_HOSTS": "localhost",
            "SENTRY_DSN": dsn,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == dsn
