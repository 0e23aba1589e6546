"""Private status links: a signed, expiring token naming one request for assistance.

The token signs the request's reference (not its database id, which would tell how many
requests exist) with Django's ``TimestampSigner`` and a salt of its own, so no other signed
value of the site can be replayed as a status link. Wagtail's URLs accept letters, digits,
``-`` and ``_`` only, so the signed value travels base64url-encoded.
"""

import base64
import binascii
import datetime

from django.conf import settings
from django.core import signing

SALT = "egecms.services.assistance-request-status"


class InvalidStatusLink(Exception):
    """The token was not issued by this site (tampered, truncated, made up): answer 404."""


class ExpiredStatusLink(Exception):
    """The token is authentic but older than the links' lifetime."""


def link_lifetime():
    """How long a status link stays valid (``EGECMS["ASSISTANCE_STATUS_LINK_DAYS"]``)."""
    return datetime.timedelta(days=settings.EGECMS.get("ASSISTANCE_STATUS_LINK_DAYS", 365))


def _signer():
    return signing.TimestampSigner(salt=SALT)


def make_status_token(assistance_request):
    """The token of ``assistance_request``'s private status link."""
    signed = _signer().sign(assistance_request.reference)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def read_status_token(token):
    """The reference a token names; :class:`InvalidStatusLink` or :class:`ExpiredStatusLink`."""
    try:
        padded = token + "=" * (-len(token) % 4)
        signed = base64.urlsafe_b64decode(padded.encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError) as error:
        raise InvalidStatusLink from error
    try:
        return _signer().unsign(signed, max_age=link_lifetime())
    except signing.SignatureExpired as error:
        raise ExpiredStatusLink from error
    except signing.BadSignature as error:
        raise InvalidStatusLink from error


def status_page_for(assistance_request, *, page=None):
    """The live form page to link ``assistance_request``'s status from: ``page``'s copy in the
    request's preferred language, else any live copy in that language, else ``page`` itself
    (``None`` if there is none). The form pages are the type the request's ``page`` names."""
    form_pages = type(assistance_request)._meta.get_field("page").related_model.objects
    pages = form_pages.live().filter(locale__language_code=assistance_request.preferred_language)
    if page is not None:
        return pages.filter(translation_key=page.translation_key).first() or (pages.first() or page)
    return pages.first()


def status_url(assistance_request, *, page=None, request=None):
    """The absolute private status link of ``assistance_request``, in its preferred language."""
    target = status_page_for(assistance_request, page=page)
    if target is None:
        return None
    token = make_status_token(assistance_request)
    return target.get_full_url(request=request) + target.reverse_subpage(
        "status", kwargs={"token": token}
    ).lstrip("/")
