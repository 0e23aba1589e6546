"""Where uploaded files go, chosen by ``MEDIA_STORAGE``: two storages of ``STORAGES``.

``default``   images and their renditions: public media, served by their own URL.
``documents`` the platform's documents (``egecms.documents``): private, served only through
              Wagtail's view and its privacy check; no URL of theirs exists.

MEDIA_STORAGE=local (default)  images in MEDIA_ROOT, documents in PRIVATE_ROOT (outside it).
MEDIA_STORAGE=s3               django-storages' S3 backend (the ``s3`` extra): images in
                               S3_MEDIA_BUCKET (S3_MEDIA_ACL, optionally S3_MEDIA_DOMAIN), documents
                               in S3_PRIVATE_BUCKET with private objects; S3_ENDPOINT_URL,
                               S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (unset: boto3's
                               usual chain: AWS_* variables, profile, instance role).
"""

from django.core.exceptions import ImproperlyConfigured

CHOICES = ("local", "s3")


def media_storages(env, *, private_root):
    """The ``default`` and ``documents`` entries of ``STORAGES`` for the environment ``env``
    (a django-environ reader)."""
    choice = env.str("MEDIA_STORAGE", default="local")
    if choice not in CHOICES:
        raise ImproperlyConfigured(f"MEDIA_STORAGE={choice!r}: choose one of {', '.join(CHOICES)}")
    if choice == "local":
        return {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "documents": {
                "BACKEND": "egecms.documents.storage.PrivateFileSystemStorage",
                "OPTIONS": {"location": private_root},
            },
        }
    missing = [name for name in ("S3_MEDIA_BUCKET", "S3_PRIVATE_BUCKET") if not env.str(name, "")]
    if missing:
        raise ImproperlyConfigured(f"MEDIA_STORAGE=s3 needs {', '.join(missing)}")
    if env.str("S3_MEDIA_BUCKET") == env.str("S3_PRIVATE_BUCKET"):
        raise ImproperlyConfigured("S3_PRIVATE_BUCKET must not be the public S3_MEDIA_BUCKET")
    connection = {
        "endpoint_url": env.str("S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("S3_REGION", default="") or None,
        "access_key": env.str("S3_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("S3_SECRET_ACCESS_KEY", default="") or None,
        "file_overwrite": False,  # two uploads of "report.pdf" are two files, as on disk
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **connection,
                "bucket_name": env.str("S3_MEDIA_BUCKET"),
                # Empty when the bucket's own policy makes its objects public (ACLs disabled).
                "default_acl": env.str("S3_MEDIA_ACL", default="public-read") or None,
                "querystring_auth": False,  # plain, cacheable URLs for public images
                "custom_domain": env.str("S3_MEDIA_DOMAIN", default="") or None,
            },
        },
        "documents": {
            "BACKEND": "egecms.documents.s3.PrivateS3Storage",
            "OPTIONS": {**connection, "bucket_name": env.str("S3_PRIVATE_BUCKET")},
        },
    }
