"""Gunicorn's configuration for egecms (read from the working directory: `make serve-prod`).

Every value comes from the environment (README, "Production"); the defaults suit one
small machine behind a reverse proxy or load balancer that terminates TLS.
"""

import multiprocessing

import environ

env = environ.Env()

wsgi_app = "egecms.wsgi:application"
raw_env = [
    "DJANGO_SETTINGS_MODULE=" + env.str("DJANGO_SETTINGS_MODULE", "egecms.settings.production")
]

bind = env.list("GUNICORN_BIND", default=["127.0.0.1:8000"])
workers = env.int("GUNICORN_WORKERS", default=multiprocessing.cpu_count() * 2 + 1)
# More than one thread runs each worker as gthread: requests waiting on the database or S3
# do not hold a whole process.
threads = env.int("GUNICORN_THREADS", default=4)
timeout = env.int("GUNICORN_TIMEOUT", default=30)
graceful_timeout = env.int("GUNICORN_GRACEFUL_TIMEOUT", default=30)
keepalive = env.int("GUNICORN_KEEPALIVE", default=5)
# Recycle workers now and then (a slow leak cannot grow for ever); the jitter keeps them from
# restarting together.
max_requests = env.int("GUNICORN_MAX_REQUESTS", default=2000)
max_requests_jitter = env.int("GUNICORN_MAX_REQUESTS_JITTER", default=200)
# The proxies whose X-Forwarded-* headers are believed (the app reads X-Forwarded-Proto).
forwarded_allow_ips = env.str("GUNICORN_FORWARDED_ALLOW_IPS", default="127.0.0.1")

# Access log: the app already writes one line per request (egecms.serving.request_log), as
# JSON by default in production; gunicorn's own line is for LOG_FORMAT=text, or on request.
_default_access_log = "-" if env.str("LOG_FORMAT", default="json") == "text" else None
accesslog = env.str("GUNICORN_ACCESS_LOG", default=_default_access_log or "") or None
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" id=%({x-request-id}o)s'
errorlog = "-"
loglevel = env.str("GUNICORN_LOG_LEVEL", default="info")
# Recent gunicorn: no control socket (one shared path in $HOME would clash between instances).
control_socket_disable = True
