"""Content-Security-Policy: a strict one for the public site, a looser one for the admins.

django-csp's middleware sends ``settings.CONTENT_SECURITY_POLICY`` (the public policy: no
inline script or style at all, so no nonce either, which keeps pages correct when the page
cache answers the same HTML to many readers). The Wagtail admin and Django's admin run inline
scripts and styles of their own (Draftail, the page editor's previews, widgets' inline
``style`` attributes), so requests under their prefixes get
``EGECMS["ADMIN_CONTENT_SECURITY_POLICY"]`` instead: still no other origin, no plugin, no
framing by another site.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy under the admins' URL prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path):
            parts.config = settings.EGECMS["ADMIN_CONTENT_SECURITY_POLICY"]
        return parts


def is_admin_path(path):
    """Whether a request path belongs to the Wagtail admin or Django's admin."""
    return path.startswith(ADMIN_PATH_PREFIXES)
