"""Wagtail's front-end cache purging (a CDN or Varnish in front), chosen by environment
variables; off by default (the embedded page cache needs none).

FRONTEND_CACHE_BACKEND=varnish     FRONTEND_CACHE_URL (where PURGE requests go, e.g.
                                   http://127.0.0.1:8080)
FRONTEND_CACHE_BACKEND=cloudflare  CLOUDFLARE_ZONE_ID and CLOUDFLARE_BEARER_TOKEN (or
                                   CLOUDFLARE_EMAIL with CLOUDFLARE_API_KEY)
FRONTEND_CACHE_BACKEND=cloudfront  CLOUDFRONT_DISTRIBUTION_ID (AWS credentials as boto3 finds
                                   them; install the ``cloudfront`` extra)

FRONTEND_CACHE_HOSTNAMES (comma-separated) limits the purges to those host names.
``egecms.pagecache`` sends every purge through ``wagtail.contrib.frontend_cache``.
"""

from django.core.exceptions import ImproperlyConfigured

_BACKENDS = {
    "varnish": (
        "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        {"LOCATION": "FRONTEND_CACHE_URL"},
        {},
    ),
    "cloudflare": (
        "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        {"ZONEID": "CLOUDFLARE_ZONE_ID"},
        {
            "BEARER_TOKEN": "CLOUDFLARE_BEARER_TOKEN",
            "EMAIL": "CLOUDFLARE_EMAIL",
            "API_KEY": "CLOUDFLARE_API_KEY",
        },
    ),
    "cloudfront": (
        "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        {"DISTRIBUTION_ID": "CLOUDFRONT_DISTRIBUTION_ID"},
        {},
    ),
}


def frontend_cache(environ):
    """The ``WAGTAILFRONTENDCACHE`` setting for ``environ``: ``{}`` when no backend is chosen."""
    name = environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if name in ("", "off", "none"):
        return {}
    if name not in _BACKENDS:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND={name!r}: choose one of {', '.join(sorted(_BACKENDS))} or off"
        )
    class_path, required, optional = _BACKENDS[name]
    missing = [variable for variable in required.values() if not environ.get(variable)]
    if name == "cloudflare" and not (
        environ.get("CLOUDFLARE_BEARER_TOKEN")
        or (environ.get("CLOUDFLARE_EMAIL") and environ.get("CLOUDFLARE_API_KEY"))
    ):
        missing.append("CLOUDFLARE_BEARER_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)")
    if missing:
        raise ImproperlyConfigured(f"FRONTEND_CACHE_BACKEND={name} needs {', '.join(missing)}")
    backend = {"BACKEND": class_path}
    for option, variable in {**required, **optional}.items():
        if environ.get(variable):
            backend[option] = environ[variable]
    hostnames = [host.strip() for host in environ.get("FRONTEND_CACHE_HOSTNAMES", "").split(",")]
    if any(hostnames):
        backend["HOSTNAMES"] = [host for host in hostnames if host]
    return {name: backend}
