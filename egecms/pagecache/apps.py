from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The anonymous page cache and its purge on publish (see the package's docstring)."""

    name = "egecms.pagecache"
    label = "egecms_pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

        from egecms.core.models import Agency, Topic, WorkspaceAgency
        from egecms.search.models import SearchDocument

        from . import signal_handlers as handlers

        def connect(signal, receiver, sender=None):
            uid = f"egecms-pagecache-{receiver.__name__}-{id(signal)}-{getattr(sender, '__name__', '')}"
            signal.connect(receiver, sender=sender, dispatch_uid=uid)

        connect(page_published, handlers.page_changed)
        connect(page_unpublished, handlers.page_changed)
        connect(pre_page_move, handlers.page_moving)
        connect(post_page_move, handlers.page_moved)
        # Every deleted page has its base row deleted: one receiver on Page sees each once.
        connect(pre_delete, handlers.page_deleting, Page)
        for signal in (post_save, post_delete):
            connect(signal, handlers.restriction_changed, PageViewRestriction)
            connect(signal, handlers.workspace_agencies_changed, WorkspaceAgency)
            connect(signal, handlers.site_changed, Site)
            # Search documents may be written by a background worker after the publish
            # committed (and purged): search pages kept in between are emptied again.
            connect(signal, handlers.search_changed, SearchDocument)
        for model in (Agency, Topic):
            connect(post_save, handlers.snippet_changed, model)
            connect(pre_delete, handlers.snippet_changed, model)
