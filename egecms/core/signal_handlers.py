"""Receivers of the core app (connected in :meth:`CoreConfig.ready`)."""

from wagtail.models import Page

from . import structure_cache
from .labels import forget_labels


def agency_or_topic_changed(sender, **kwargs):
    """Names of agencies and topics are cached per locale: a change empties that cache."""
    forget_labels()


def any_model_changed(sender, instance, **kwargs):
    """Any row saved or deleted: a page near the root changes what every public page shows of
    the site's structure (see :mod:`egecms.core.structure_cache`)."""
    if isinstance(instance, Page) and not kwargs.get("raw", False):
        structure_cache.page_changed(sender, instance)
