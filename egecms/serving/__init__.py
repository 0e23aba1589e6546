"""Running in production: the health endpoint (``/healthz``) and the request log."""
