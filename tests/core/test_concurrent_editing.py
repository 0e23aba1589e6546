"""Two editors in the same page: Wagtail's editing sessions tell each about the other, and
a save from a stale form is not silent (see ``egecms.core.concurrent_edits``); saves take the
page's row lock (``egecms.core.page_edit_lock``)."""

import re
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from egecms.core.models import Agency
from egecms.core.page_edit_lock import page_edit_lock
from tests.form_data import edit_form_data

PING_URL = re.compile(r'data-w-swap-src-value="([^"]+)"')


def editor(username, first_name):
    user = get_user_model().objects.create_superuser(
        username, f"{username}@example.org", "pw", first_name=first_name, last_name="Editor"
    )
    client = Client()
    client.force_login(user)
    return client


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


class OpenEditor:
    """One editor's browser tab on a page's edit view: its form as loaded and its session."""

    def __init__(self, client, page):
        self.client, self.page = client, page
        self.url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        html = client.get(self.url).content.decode()
        self.ping_url = PING_URL.search(html).group(1)
        self.loaded = {
            "loaded_revision_id": hidden(html, "loaded_revision_id"),
            "loaded_revision_created_at": hidden(html, "loaded_revision_created_at"),
        }

    def ping(self, *, is_editing=True):
        data = {
            "revision_id": self.loaded["loaded_revision_id"],
            "revision_created_at": self.loaded["loaded_revision_created_at"],
        }
        if is_editing:
            data["is_editing"] = "1"
        response = self.client.post(self.ping_url, data)
        assert response.status_code == 200
        return response.json()["other_sessions"]

    def save(self, title):
        data = {**edit_form_data(self.page, title=title), **self.loaded}
        return self.client.post(self.url, data, follow=True)


@pytest.mark.django_db
def test_two_editors_are_told_of_each_other_and_of_a_newer_revision(site_tree_en):
    practice = site_tree_en.get("practice")
    ana = OpenEditor(editor("ana", "Ana"), practice)
    bruno = OpenEditor(editor("bruno", "Bruno"), practice)

    ana.ping()
    [other] = bruno.ping()
    assert (other["user"], other["is_editing"], other["revision_id"]) == ("Ana Editor", True, None)

    saved = ana.save("Ana's title")
    assert saved.status_code == 200
    assert "Someone else saved" not in saved.content.decode()  # her form was up to date
    ana_revision = practice.revisions.latest("created_at")

    [other] = bruno.ping()
    assert (other["user"], other["revision_id"]) == ("Ana Editor", ana_revision.pk)

    # Bruno saves from the form he loaded before Ana's save: accepted (nothing he typed is
    # lost) and his revision is the latest, but he is told whose version it replaced.
    with mock.patch(
        "egecms.core.page_edit_lock.page_edit_lock", wraps=page_edit_lock
    ) as locked:  # the save runs holding the page's row lock (see the gunicorn test)
        html = bruno.save("Bruno's title").content.decode()
    locked.assert_called_once_with(practice.pk)
    practice.refresh_from_db()
    assert practice.get_latest_revision_as_object().title == "Bruno's title"
    assert "Someone else saved this page while you were editing it (Ana Editor)" in html
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=(practice.pk, ana_revision.pk, practice.latest_revision_id),
    )
    assert compare in html
    assert practice.revisions.filter(pk=ana_revision.pk).exists()  # hers is kept


@pytest.mark.django_db
def test_snippets_have_editing_sessions_too(site_tree_en):
    agency = Agency.objects.first()
    client = editor("ana", "Ana")
    html = client.get(
        reverse(agency.snippet_viewset.get_url_name("edit"), args=[agency.pk])
    ).content
    ping_url = PING_URL.search(html.decode()).group(1)
    assert "/editing-sessions/ping/egecms_core/agency/" in ping_url
    assert client.post(ping_url, {"is_editing": "1"}).json()["other_sessions"] == []
