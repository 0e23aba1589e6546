"""A small site for subscriptions: the English tree, locales, a cluster in Spanish too."""

import pytest
from django.utils import timezone

from subscriptions.models import Subscription
from tests import factories
from tests.builders import ensure_locales, translate_tree
from tests.worlds import world


def publish(page):
    page.save_revision().publish()
    return page


def practice(parent, title, **fields):
    return publish(factories.PracticePageFactory(parent=parent, title=title, **fields))


def confirmed(**fields):
    """A confirmed subscription (confirmed now: what the tree had is not new)."""
    fields.setdefault("email", "reader@example.org")
    fields.setdefault("language", "en")
    fields.setdefault("frequency", "daily")
    return Subscription.objects.create(confirmed_at=timezone.now(), **fields)


@world
def subscriptions_site():
    """The page tree in English, its cluster in every language (built once per worker)."""
    from tests.builders import build_site

    tree = build_site(translate=False)
    translate_tree(tree.pages["cluster"], ensure_locales())
    return tree


@pytest.fixture
def tree(subscriptions_site):
    return subscriptions_site
