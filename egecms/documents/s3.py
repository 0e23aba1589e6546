"""Documents on S3 (``MEDIA_STORAGE=s3``; needs the ``s3`` extra): a private bucket, private
objects, and no URL, signed or not, ever made for them."""

from storages.backends.s3 import S3Storage

from .storage import NoPublicURLMixin


class PrivateS3Storage(NoPublicURLMixin, S3Storage):
    """django-storages' S3 backend, every object written with the ``private`` ACL."""

    default_acl = "private"
    querystring_auth = True
    file_overwrite = False
