"""The admin URLs that touch a page (or a request for assistance), found by walking the URL
configuration."""

import re

from django.urls import URLPattern, URLResolver, get_resolver

PAGE_PARAMETERS = re.compile(
    r"page_id|parent_page_id|page_to_move_id|translation_id|translation_source_id|\(\?P<pk>"
)
PAGE_NAMESPACES = ("wagtailadmin_pages:", "wagtailadmin_api:pages:", "wagtail_localize:")
# The viewset of the requests for assistance: whether one exists is private, so each of its
# views is in the matrix too (request_views.py).
# So are the members-only records of the Task Force and the PMT (governance_views.py), and
# the coordination app's missions (members only) and overlaps (coordination_views.py).
PRIVATE_RECORD_NAMESPACES = (
    "assistance_requests:",
    "governance:",
    "governance_",
    "coordination_missions:",
    "coordination:",
)


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else ""
            yield prefix + str(pattern.pattern), name


def page_admin_urls():
    """``{url name or route}`` of every admin URL that acts on or shows a page, or a request
    for assistance."""
    found = set()
    for route, name in _walk(get_resolver().url_patterns):
        if not route.startswith("admin/"):
            continue
        if (
            PAGE_PARAMETERS.search(route)
            or name.startswith(PAGE_NAMESPACES)
            or name.startswith(PRIVATE_RECORD_NAMESPACES)
            or name == "wagtail_bulk_action"
            or name.startswith("egecms_guarded_")
        ):
            found.add(name or route)
    return found
