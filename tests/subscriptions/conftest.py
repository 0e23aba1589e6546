"""A small site for subscriptions: the English tree, locales, a cluster in Spanish too."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
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


DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  WB: {name: World Bank}
clusters:
  skills:
    lead: [IDB, OAS]
    members: [WB]
issue_areas:
  skills-area:
    lead: [OAS]
"""


def person(username, groups, language="en"):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@agency.example", password="pw"
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@world
def provisioned_site():
    """The English tree, provisioned, with one person in each role (each in a language)."""
    from tests.builders import build_site

    tree = build_site(translate=False)
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    people = {
        "wb": person("wb", ["WB editors"]),
        "idb": person("idb", ["IDB editors"], "es"),
        "oas_pm": person("oas_pm", ["OAS program managers"], "fr"),
        "board": person("board", ["Editorial board"], "pt"),
        "translator_es": person("translator_es", ["Translators (es)"], "es"),
        "translator_fr": person("translator_fr", ["Translators (fr)"], "fr"),
        "reviewer_es": person("reviewer_es", ["Reviewers (es)"], "es"),
    }
    return {"tree": tree, "people": people}
