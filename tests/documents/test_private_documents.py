"""Documents live in storage no public URL reaches; images stay public media. On local disk
and on S3 (a local S3-compatible server: moto's server mode, started once for the module)."""

import importlib
import urllib.request

import boto3
import environ
import pytest
import wagtail_factories
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import egecms.urls
from egecms.settings.media_storage import media_storages

SECRET = b"minutes of the PMT, members only"
MEDIA_BUCKET, PRIVATE_BUCKET = "egecms-media", "egecms-private"


def env_of(**variables):
    """A django-environ reader of ``variables`` instead of the process's environment."""
    env = environ.Env()
    env.ENVIRON = variables
    return env


def use_storages(settings, **variables):
    settings.STORAGES = {
        **media_storages(env_of(**variables), private_root=settings.PRIVATE_ROOT),
        "staticfiles": django_settings.STORAGES["staticfiles"],
    }


def private_document():
    """A document in a collection that asks for a login (as the platform's asks for a group)."""
    collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Minutes", collection=collection, file=ContentFile(SECRET, name="minutes.txt")
    )


def assert_served_only_through_the_privacy_check(client, document, user):
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - no URL, signed or not, exists for a document
    assert document.url == f"/documents/{document.pk}/minutes.txt"
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(user)
    response = client.get(document.url)
    assert response.status_code == 200  # streamed by Wagtail's view, not a redirect to storage
    assert b"".join(response.streaming_content) == SECRET


@pytest.fixture
def debug_urls(settings):
    """The project's URLs as ``make run`` (DEBUG) builds them: /media/ served from MEDIA_ROOT."""
    settings.DEBUG = True
    importlib.reload(egecms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(egecms.urls)
    clear_url_caches()


# -- on local disk ------------------------------------------------------------------------------


@pytest.fixture
def local_storages(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_ROOT = tmp_path / "private"
    use_storages(settings, MEDIA_STORAGE="local")
    return settings


@pytest.mark.django_db
def test_on_disk_documents_stay_outside_the_public_media_tree(
    client, admin_user, local_storages, debug_urls
):
    image = wagtail_factories.ImageFactory()
    document = private_document()
    assert (local_storages.PRIVATE_ROOT / "documents" / "minutes.txt").read_bytes() == SECRET
    assert not list(local_storages.MEDIA_ROOT.rglob("minutes*"))
    # Under DEBUG, /media/ serves the public media tree (the image) and nothing else.
    assert client.get(image.file.url).status_code == 200
    assert client.get("/media/documents/minutes.txt").status_code == 404
    assert client.get("/media/../private/documents/minutes.txt").status_code in (400, 404)
    assert_served_only_through_the_privacy_check(client, document, admin_user)


def test_a_wrong_storage_configuration_is_refused_by_name():
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE='ftp'"):
        media_storages(env_of(MEDIA_STORAGE="ftp"), private_root="unused")
    with pytest.raises(ImproperlyConfigured, match="S3_PRIVATE_BUCKET"):
        media_storages(env_of(MEDIA_STORAGE="s3", S3_MEDIA_BUCKET="m"), private_root="unused")
    with pytest.raises(ImproperlyConfigured, match="must not be the public"):
        media_storages(
            env_of(MEDIA_STORAGE="s3", S3_MEDIA_BUCKET="m", S3_PRIVATE_BUCKET="m"),
            private_root="unused",
        )


# -- on S3 --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s3_server():
    """moto's S3-compatible server on a free port, with the two buckets; a boto3 client."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # noqa: S106 - moto's, accepted as anything
    )
    for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
        s3.create_bucket(Bucket=bucket)
    yield endpoint, s3
    server.stop()


@pytest.fixture
def s3_storages(settings, s3_server):
    endpoint, s3 = s3_server
    use_storages(
        settings,
        MEDIA_STORAGE="s3",
        S3_ENDPOINT_URL=endpoint,
        S3_REGION="us-east-1",
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",  # noqa: S106
        S3_MEDIA_BUCKET=MEDIA_BUCKET,
        S3_PRIVATE_BUCKET=PRIVATE_BUCKET,
    )
    return s3


def keys(s3, bucket):
    return {item["Key"] for item in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}


def public_read(s3, bucket, key):
    grants = s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    return any(
        grant["Grantee"].get("URI", "").endswith("/global/AllUsers")
        and grant["Permission"] == "READ"
        for grant in grants
    )


@pytest.mark.django_db
def test_on_s3_images_are_public_and_documents_private(client, admin_user, s3_storages):
    s3 = s3_storages
    image = wagtail_factories.ImageFactory()
    document = private_document()

    assert image.file.name in keys(s3, MEDIA_BUCKET)
    assert public_read(s3, MEDIA_BUCKET, image.file.name)
    stored = s3.get_object(Bucket=MEDIA_BUCKET, Key=image.file.name)["Body"].read()
    with urllib.request.urlopen(image.file.url) as response:  # noqa: S310 - the local server
        assert response.read() == stored  # anyone's plain GET: no signature, no login

    assert keys(s3, PRIVATE_BUCKET) == {"documents/minutes.txt"}
    assert "documents/minutes.txt" not in keys(s3, MEDIA_BUCKET)
    assert not public_read(s3, PRIVATE_BUCKET, "documents/minutes.txt")
    body = s3.get_object(Bucket=PRIVATE_BUCKET, Key="documents/minutes.txt")["Body"].read()
    assert body == SECRET
    assert_served_only_through_the_privacy_check(client, document, admin_user)

    # The health check writes, reads and deletes a file in each bucket, and leaves none.
    health = client.get("/healthz", HTTP_ACCEPT="application/json").json()
    assert health["Storage(alias='default')"] == health["Storage(alias='documents')"] == "OK"
    assert keys(s3, PRIVATE_BUCKET) == {"documents/minutes.txt"}
