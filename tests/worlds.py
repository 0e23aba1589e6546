"""Worlds: test data built once per worker and shared by every test that asks for it.

A world is a function that builds rows (a site in four languages, the permission matrix's
users and pages, the whole demo...). It runs inside a transaction opened *around* the tests,
which pytest-django then wraps each test in as a savepoint — the "higher-scoped transaction"
its database fixtures are designed for. Every test starts from exactly the rows the world
built, and whatever it changes is rolled back after it, as before; only the building is
shared. A worker holds one world at a time: ``order_items`` runs the tests of a module that
ask for the same world one after the other, and a world is rebuilt only when a test asks for
another one (a test that asks for none, or needs real commits, gets the empty database).

A test receives fresh instances of the world's objects (read again from the database), so
what an earlier test changed in memory never leaks into the next.
"""

import dataclasses
from collections import defaultdict

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.utils import translation

_BUILDERS = {}


def world(builder):
    """Make ``builder`` a world and return the fixture (of the same name) that hands it out.

    Use in a conftest or a test module::

        @world
        def calendar_of_500_events():
            ...
            return data

        def test_something(calendar_of_500_events): ...
    """
    name = builder.__name__
    if name in _BUILDERS and _BUILDERS[name] is not builder:
        raise ValueError(f"Two worlds are named {name!r}")
    _BUILDERS[name] = builder

    @pytest.fixture(name=name)
    def fixture(db, _worlds):
        return _worlds.fresh(name)

    fixture.__doc__ = builder.__doc__
    return fixture


def world_of(item):
    """The name of the world ``item`` asks for, or None."""
    names = [name for name in getattr(item, "fixturenames", ()) if name in _BUILDERS]
    if len(names) > 1:
        raise pytest.UsageError(f"{item.nodeid} asks for two worlds: {names}")
    return names[0] if names else None


def order_items(items):
    """Within each module, the tests of one world next to each other (stable otherwise).

    Tests that ask for no world come first, then each world in the order it first appears.
    """
    by_module = {}
    for item in items:
        by_module.setdefault(item.module.__name__ if item.module else "", []).append(item)
    ordered = []
    for module_items in by_module.values():
        first_seen = {}
        for item in module_items:
            first_seen.setdefault(world_of(item), len(first_seen) + 1)
        first_seen[None] = 0
        ordered.extend(sorted(module_items, key=lambda item: first_seen[world_of(item)]))
    return ordered


class Worlds:
    """The world this worker holds, inside the transaction that will roll it back."""

    def __init__(self, blocker):
        self.blocker = blocker
        self.name = None
        self.data = None
        self._atomic = None

    def enter(self, name):
        if name == self.name:
            return
        self.leave()
        if name is None:
            return
        with self.blocker.unblock():
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            try:
                cache.clear()
                with translation.override(settings.LANGUAGE_CODE):
                    self.data = _BUILDERS[name]()
            except BaseException:
                self.leave()
                raise
        self.name = name

    def leave(self):
        if self._atomic is not None:
            with self.blocker.unblock():
                transaction.set_rollback(True)
                self._atomic.__exit__(None, None, None)
        self._atomic = self.name = self.data = None
        cache.clear()

    def fresh(self, name):
        assert self.name == name, f"the world {name!r} is not the one entered ({self.name!r})"
        return refetched(self.data)


def _walk(value, visit):
    """Rebuild ``value`` (dicts, lists, tuples, dataclasses) with ``visit`` applied to models."""
    if isinstance(value, models.Model):
        return visit(value)
    if isinstance(value, dict):
        return {key: _walk(item, visit) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_walk(item, visit) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        copy = object.__new__(type(value))
        copy.__dict__.update({key: _walk(item, visit) for key, item in vars(value).items()})
        return copy
    return value


def refetched(value):
    """``value`` with every saved model instance in it read again from the database.

    One query per model class, whatever the number of instances.
    """
    wanted = defaultdict(set)

    def collect(instance):
        if instance.pk is not None:
            wanted[type(instance)].add(instance.pk)
        return instance

    _walk(value, collect)
    found = {model: model._base_manager.in_bulk(pks) for model, pks in wanted.items()}

    def replace(instance):
        if instance.pk is None:
            return instance
        return found[type(instance)].get(instance.pk, instance)

    return _walk(value, replace)
