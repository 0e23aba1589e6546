"""Public URLs that apps add to the site, under each language's prefix, without the core
importing them: each ``register_public_urls`` hook returns ``(prefix, urlconf module path,
namespace)`` tuples, e.g. ``("subscriptions/", "subscriptions.urls", "subscriptions")``.

These views are not Wagtail pages: the page cache keeps none of them (see
``egecms.pagecache.rules.CACHEABLE_VIEWS``) unless its app marks it with
``egecms.pagecache.rules.shared_page`` and purges the cache when what it shows changes.
"""

from django.urls import include, path
from wagtail import hooks


def app_public_urls():
    """The URL patterns every ``register_public_urls`` hook contributes."""
    patterns = []
    for hook in hooks.get_hooks("register_public_urls"):
        for prefix, urlconf, namespace in hook():
            patterns.append(path(prefix, include((urlconf, namespace), namespace=namespace)))
    return patterns


def listing_actions(*, request, page, filters):
    """What apps offer beside a listing or a search (``register_listing_actions`` hooks,
    called with ``request``, the listing or search ``page`` and ``filters``, its query string
    as a dict of lists): ``{"label": str, "url": str}`` dicts, in hook order."""
    actions = []
    for hook in hooks.get_hooks("register_listing_actions"):
        actions.extend(hook(request=request, page=page, filters=filters) or ())
    return actions


def footer_links(*, request):
    """The links apps add to every public page's footer (``register_footer_links`` hooks,
    called with ``request``): ``{"label": str, "url": str}`` dicts, in hook order. A hook
    should answer from what is kept between requests: it runs on every public page."""
    links = []
    for hook in hooks.get_hooks("register_footer_links"):
        links.extend(hook(request=request) or ())
    return links
