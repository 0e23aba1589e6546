"""Logs and error reports, chosen by environment variables.

LOG_FORMAT=text|json  one line per log record; ``json`` (python-json-logger) for log
                      collectors: each request's line (``egecms.serving.request_log``) carries
                      its fields (method, path, status, duration_ms, user, request_id) as keys.
LOG_LEVEL             the level of the platform's own loggers (``egecms.*``), INFO by default.
SENTRY_DSN            errors reported to Sentry (the ``sentry`` extra), with SENTRY_ENVIRONMENT
                      and SENTRY_TRACES_SAMPLE_RATE (0: no performance tracing); off when unset.
"""

from django.core.exceptions import ImproperlyConfigured

try:
    import sentry_sdk
except ImportError:  # the optional ``sentry`` extra is not installed
    sentry_sdk = None

LOG_FORMATS = ("text", "json")


def logging_config(env, *, default_format="text"):
    """The ``LOGGING`` setting: every record to stderr in the chosen format."""
    log_format = env.str("LOG_FORMAT", default=default_format)
    if log_format not in LOG_FORMATS:
        raise ImproperlyConfigured(
            f"LOG_FORMAT={log_format!r}: choose one of {', '.join(LOG_FORMATS)}"
        )
    level = env.str("LOG_LEVEL", default="INFO").upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            },
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": log_format}},
        "root": {"handlers": ["console"], "level": "WARNING"},
        "loggers": {
            # Django's errors (500s with their tracebacks) in the same format, once: its own
            # handlers (console under DEBUG, mail to ADMINS) give way to the root's.
            "django": {"handlers": [], "level": "INFO"},
            "egecms": {"level": level},
            "health_check": {"level": level},
        },
    }


def init_sentry(env):
    """Start reporting errors to Sentry when ``SENTRY_DSN`` is set; True if it did."""
    dsn = env.str("SENTRY_DSN", default="")
    if not dsn:
        return False
    if sentry_sdk is None:
        raise ImproperlyConfigured('SENTRY_DSN needs the sentry extra: pip install ".[sentry]"')
    sentry_sdk.init(
        dsn=dsn,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,  # no user names, e-mails, cookies or IP addresses
    )
    return True
