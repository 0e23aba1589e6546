"""One world for the tests of subscriptions: the English tree, its cluster in every language,
workspaces provisioned and one person in each role."""

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
from tests.workspaces.helpers import JOINT_LEADS_DESCRIPTION
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


@pytest.fixture
def tree(provisioned_site):
    """The page tree (English, its cluster in every language), its staff silent: what is
    e-mailed here goes to subscribers only (test_notifications.py asks for the staff)."""
    get_user_model().objects.filter(email__endswith="@agency.example").update(is_active=False)
    return provisioned_site["tree"]


DESCRIPTION = JOINT_LEADS_DESCRIPTION


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
    """The English tree (its cluster in every language), provisioned, with one person in each
    role, each in a language: one world for every test of subscriptions (built once)."""
    from tests.builders import build_site

    tree = build_site(translate=False)
    translate_tree(tree.pages["cluster"], ensure_locales())
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
