"""A switch turned on for the length of a ``with`` block, in the current thread only."""

import threading
from contextlib import contextmanager


class ThreadSwitch:
    """Off unless inside ``with switch.turned_on():`` (nested blocks restore what was there)."""

    def __init__(self):
        self._state = threading.local()

    @property
    def on(self):
        return getattr(self._state, "on", False)

    @contextmanager
    def turned_on(self):
        previous = self.on
        self._state.on = True
        try:
            yield
        finally:
            self._state.on = previous
