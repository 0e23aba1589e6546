"""The registry of contribution page types: the one thing the core reads about content apps.

A content app plugs in by decorating its page model::

    @register_contribution(plural_label=_("Practices"), section="practices.PracticeLibraryPage")
    class PracticePage(Contribution): ...

The topic page, listings, search and feeds iterate over :data:`contribution_types` and never
import a content app, so an app left out of ``INSTALLED_APPS`` simply is not registered.

The work-space types (clusters, issue areas, agency spaces) need no registration: they take
the core's ``WorkspacePage`` base, and :func:`workspace_types` lists the installed ones.
"""

from dataclasses import dataclass, field

from django.apps import apps
from wagtail.models import get_page_models


@dataclass(frozen=True)
class ContributionType:
    """What the core knows about one registered contribution page type."""

    model: type
    plural_label: str
    section: str | None = None
    order: int = 100
    extra: dict = field(default_factory=dict)

    @property
    def key(self):
        return self.model._meta.label_lower

    @property
    def section_model(self):
        """The aggregate page type that lists this type (e.g. the practice library), if any."""
        if not self.section:
            return None
        try:
            return apps.get_model(self.section)
        except LookupError:
            return None


class ContributionRegistry:
    """Ordered collection of :class:`ContributionType`, filled at import time of models."""

    def __init__(self):
        self._types = {}

    def register(self, model, **options):
        if not getattr(model, "is_contribution", False):
            raise TypeError(f"{model.__name__} must take the Contribution contract")
        entry = ContributionType(model=model, **options)
        self._types[entry.key] = entry
        return entry

    def __iter__(self):
        return iter(sorted(self._types.values(), key=lambda entry: (entry.order, entry.key)))

    def __len__(self):
        return len(self._types)

    def __contains__(self, model):
        return model._meta.label_lower in self._types

    def get(self, model):
        return self._types[model._meta.label_lower]

    @property
    def models(self):
        return [entry.model for entry in self]


contribution_types = ContributionRegistry()


def register_contribution(**options):
    """Class decorator registering a Contribution page type with the core."""

    def decorator(model):
        contribution_types.register(model, **options)
        return model

    return decorator


def workspace_types():
    """Every installed, concrete work-space page type (a cluster, an issue area, an agency's
    space…): the page models on the core's ``WorkspacePage`` base, in a stable order."""
    return [
        model
        for model in get_page_models()
        if getattr(model, "is_workspace", False) and not model._meta.abstract
    ]
