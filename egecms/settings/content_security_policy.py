"""The Content-Security-Policy directives (django-csp's form): public site and admins.

The public site allows nothing inline, so no nonce is needed (the page cache answers the same
HTML to many readers, and a nonce in it would be replayed). The admins' templates run inline
scripts and styles of their own, so they get a looser policy (see
``egecms.security.content_security_policy``).
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE


def public_directives(*, report_uri="", image_sources=()):
    """The public site's policy: this origin only, nothing inline, never framed."""
    directives = {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *image_sources],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives


def admin_directives(*, report_uri="", image_sources=()):
    """The admins' policy: inline scripts and styles allowed (their own templates use them);
    framed only by this origin (the page editor's live preview)."""
    directives = {
        **public_directives(report_uri=report_uri, image_sources=image_sources),
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *image_sources],
        "frame-ancestors": [SELF],
    }
    return directives
