"""Receivers of the core app (connected in :meth:`CoreConfig.ready`)."""

from .labels import forget_labels


def agency_or_topic_changed(sender, **kwargs):
    """Names of agencies and topics are cached per locale: a change empties that cache."""
    forget_labels()
