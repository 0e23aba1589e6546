"""The database gone: public pages and the admin answer a plain 503 in the reader's
language, with Retry-After, instead of a traceback; other errors keep Django's 500."""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError, connection
from django.test import Client

from egecms.serving.database_down import server_error


@pytest.fixture
def database_gone(db):
    """Every query fails as with the server down, until the test ends (before the test's
    transaction is rolled back)."""
    refused = OperationalError("connection to server at 127.0.0.1:5432 failed: refused")
    with mock.patch.object(connection, "_cursor", side_effect=refused):
        yield


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.fixture
def editor(db):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "pw"))
    return client


def assert_database_down(response, *, says):
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    assert says in content
    assert "Traceback" not in content and "OperationalError" not in content


@pytest.mark.parametrize(
    ("url", "language", "says"),
    [
        ("/en/", "en", "Temporarily unavailable"),
        ("/es/calendario/", "es", "No disponible temporalmente"),
        ("/pt/", "pt", "Temporariamente indisponível"),
        ("/fr/agences/idb/", "fr", "Temporairement indisponible"),
    ],
)
def test_a_public_page_says_so_in_the_readers_language(reader, database_gone, url, language, says):
    response = reader.get(url)
    assert_database_down(response, says=says)
    assert f'<html lang="{language}">' in response.content.decode()


def test_the_admin_says_so_too(editor, database_gone):
    assert_database_down(editor.get("/admin/pages/"), says="Temporarily unavailable")


def test_other_errors_keep_djangos_500(rf):
    try:
        raise ValueError("not the database")
    except ValueError:
        response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert "Retry-After" not in response
