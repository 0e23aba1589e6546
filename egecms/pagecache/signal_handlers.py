"""Receivers of the page cache (connected in :meth:`PageCacheConfig.ready`).

Each empties the embedded cache when the change commits; the addresses for a CDN are worked
out at once (before a move or a deletion changes them) and only when a CDN is configured.
"""

from wagtail.models import Page

from .addresses import addresses_showing_page, addresses_showing_snippet
from .conf import frontend_cache_configured
from .purge import purge_when_committed


def _page_addresses(page, **options):
    return addresses_showing_page(page, **options) if frontend_cache_configured() else ()


def page_changed(sender, instance, **kwargs):
    """A page was published or unpublished: every page that shows it is out of date."""
    purge_when_committed(_page_addresses(instance))


def page_moving(sender, instance, **kwargs):
    """Before a move: the page's (and its descendants') old addresses and old neighbours."""
    purge_when_committed(_page_addresses(instance, with_descendants=True))


def page_moved(sender, instance, **kwargs):
    """After a move: the new addresses and the new neighbours."""
    purge_when_committed(_page_addresses(instance, with_descendants=True))


def page_deleting(sender, instance, **kwargs):
    """Before a deletion (each page of a deleted subtree): the addresses it still has."""
    purge_when_committed(_page_addresses(instance))


def restriction_changed(sender, instance, **kwargs):
    """A view restriction added, changed or lifted: a kept public copy must not outlive it."""
    page = Page.objects.filter(pk=instance.page_id).first() if frontend_cache_configured() else None
    purge_when_committed(_page_addresses(page) if page is not None else ())


def snippet_changed(sender, instance, raw=False, **kwargs):
    """An agency or a topic saved or about to be deleted: its names are on many pages."""
    if raw:
        return
    purge_when_committed(addresses_showing_snippet(instance) if frontend_cache_configured() else ())


def workspace_agencies_changed(sender, instance, raw=False, **kwargs):
    """A work space's lead or member agencies changed: its pages name them."""
    if raw:
        return
    pages = Page.objects.filter(translation_key=instance.workspace_key)
    purge_when_committed(
        {address for page in pages for address in _page_addresses(page)}
        if frontend_cache_configured()
        else ()
    )


def site_changed(sender, **kwargs):
    """A site's host name or root changed: every kept page may be under another address."""
    purge_when_committed()


def search_changed(sender, raw=False, **kwargs):
    """A search document written or removed (perhaps by a worker, after the publish's own
    purge): the search pages that list it are out of date."""
    if raw:
        return
    purge_when_committed()
