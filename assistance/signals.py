"""Signals of requests for assistance, for other apps to connect to (none imports them here).

``request_routed``: a request was routed to one or more agencies (sent when the routing
commits), with ``request_record`` (the :class:`~assistance.models.AssistanceRequest`),
``agencies`` (the canonical agencies it now goes to) and ``actor`` (the user who routed it,
or None when it was routed automatically).
"""

from django.dispatch import Signal

request_routed = Signal()
