"""Reading a feed's bytes from an http(s) URL or a file, within a size cap and a timeout.

From the admin, only public hosts are fetched (redirects included) unless the setting
``EGECMS["ICAL_IMPORT_ALLOW_PRIVATE_HOSTS"]`` allows private ones; the command reads files and
any host.
"""

import ipaddress
import socket
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from .errors import ICalImportError


def import_settings():
    """``(timeout in seconds, size cap in bytes, private hosts allowed from the admin)``."""
    egecms = settings.EGECMS
    return (
        egecms.get("ICAL_IMPORT_TIMEOUT", 20),
        egecms.get("ICAL_IMPORT_MAX_BYTES", 5 * 1024 * 1024),
        egecms.get("ICAL_IMPORT_ALLOW_PRIVATE_HOSTS", False),
    )


def is_web_address(source):
    """Whether ``source`` is an http(s) address."""
    return urlsplit(source).scheme.lower() in ("http", "https")


def read_source(source, *, allow_files=True, allow_private_hosts=True):
    """The bytes of the feed at ``source``: an http(s) URL or (if ``allow_files``) a file path."""
    source = (source or "").strip()
    if is_web_address(source):
        return fetch_url(source, allow_private_hosts=allow_private_hosts)
    scheme = urlsplit(source).scheme
    if (scheme and len(scheme) > 1) or not allow_files:  # "C:\..." is a path, "ftp:" is not
        raise ICalImportError([_("Only http:// and https:// addresses can be imported.")])
    _timeout, max_bytes, _private = import_settings()
    try:
        with Path(source).open("rb") as feed:
            data = feed.read(max_bytes + 1)
    except OSError as error:
        raise ICalImportError(
            [_("The file %(path)s cannot be read: %(reason)s") % {"path": source, "reason": error}]
        ) from error
    return check_size(data, max_bytes)


def check_size(data, max_bytes):
    """``data``, unless it is longer than ``max_bytes`` (read ``max_bytes + 1`` to know)."""
    if len(data) > max_bytes:
        raise ICalImportError(
            [
                _("The feed is larger than %(size)s MB; import a shorter period.")
                % {"size": round(max_bytes / 1024 / 1024, 1)}
            ]
        )
    return data


def check_public_host(url):
    """Refuse ``url`` unless every address its host resolves to is a public one."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError) as error:
        raise ICalImportError(
            [_("The feed's server %(host)s cannot be found.") % {"host": host}]
        ) from error
    for address in addresses:
        if not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            raise ICalImportError(
                [
                    _("%(host)s is not a public address; only public feeds can be imported here.")
                    % {"host": host}
                ]
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s) addresses (and public ones when asked)."""

    def __init__(self, allow_private_hosts):
        super().__init__()
        self.allow_private_hosts = allow_private_hosts

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_web_address(newurl):
            raise ICalImportError([_("The feed redirects to an address that is not http(s).")])
        if not self.allow_private_hosts:
            check_public_host(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url, *, allow_private_hosts=True, timeout=None, max_bytes=None):
    """The bytes at the http(s) ``url``, read with a timeout and a size cap."""
    default_timeout, default_max, _private = import_settings()
    timeout = timeout or default_timeout
    max_bytes = max_bytes or default_max
    if not is_web_address(url) or not urlsplit(url).hostname:
        raise ICalImportError([_("Only http:// and https:// addresses can be imported.")])
    if not allow_private_hosts:
        check_public_host(url)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private_hosts))
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, headers={"User-Agent": "egecms-ical-import", "Accept": "text/calendar, */*"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise ICalImportError(
            [
                _("The feed could not be fetched: the server answered %(status)s %(reason)s.")
                % {"status": error.code, "reason": error.reason}
            ]
        ) from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise ICalImportError(
            [_("The feed could not be fetched: %(reason)s.") % {"reason": reason}]
        ) from error
    return check_size(data, max_bytes)
