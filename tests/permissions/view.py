"""One admin view as the permission matrix calls it (see views.py)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    name: str
    kind: str  # read | action | listing
    url_names: tuple
    run: object  # (client, world, object name) -> (response, effect or None); None: n/a
    evidence: object = None  # (world, object name) -> the text that shows the page; the marker
    # The answers that mean "denied" (a request for assistance: 404, its existence is private).
    denied_statuses: tuple = (302, 403)
