"""The parts of the demo, one module each, loaded in the order they declare.

A part module declares ``LABEL`` (the heading printed before it runs), ``ORDER`` (lower runs
first) and ``REQUIRES`` (the apps, as named in ``INSTALLED_APPS``, whose content it creates),
and defines ``load(loader)``. A part runs only when every app it requires is installed: take a
content app out of ``CONTENT_APPS`` and the demo is the demo of the other apps. Part modules
reach a content app's models through the app registry (``apps.get_model``) and import its
functions inside ``load()`` only, so that every part module can be imported whatever is
installed.
"""

import pkgutil
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps


@dataclass(frozen=True)
class DemoPart:
    """One part of the demo: ``load(loader)`` runs after every part of lower ``order``."""

    label: str
    order: int
    requires: tuple
    load: object

    @property
    def installed(self):
        return all(apps.is_installed(name) for name in self.requires)


def all_parts():
    """Every part of the demo, installed or not, in load order."""
    parts = []
    for module_info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{module_info.name}")
        parts.append(DemoPart(module.LABEL, module.ORDER, tuple(module.REQUIRES), module.load))
    return sorted(parts, key=lambda part: part.order)


def installed_parts():
    """The parts whose apps are all installed, in load order."""
    return [part for part in all_parts() if part.installed]
