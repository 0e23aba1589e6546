"""What the page cache may keep, decided without HTTP, and the front-end cache read from the
environment (no database: these run in milliseconds)."""

import tomllib
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import ResolverMatch

from egecms.pagecache.headers import add_cache_headers
from egecms.pagecache.rules import is_personal_request, may_keep, shared_page
from egecms.settings.frontend_cache import frontend_cache


def page_request(path="/en/practices/", view="wagtail_serve", **cookies):
    request = RequestFactory().get(path)
    request.COOKIES.update(cookies)
    request.resolver_match = ResolverMatch(lambda request: None, (), {}, url_name=view)
    return request


@pytest.mark.parametrize("cookie", ["sessionid", "messages"], ids=["a session", "pending messages"])
def test_a_request_with_something_of_its_own_is_personal(cookie):
    assert is_personal_request(page_request(**{cookie: "x"}))
    assert not is_personal_request(page_request(csrftoken="x", _ga="x"))


def test_only_a_plain_public_page_may_be_kept():
    assert may_keep(page_request(), HttpResponse("page"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda request, response: setattr(response, "status_code", 404),
        lambda request, response: response.set_cookie("anything", "1"),
        lambda request, response: request.META.update(CSRF_COOKIE_NEEDS_UPDATE=True),
        lambda request, response: response.__setitem__("Cache-Control", "private"),
        lambda request, response: response.__setitem__("Cache-Control", "no-store"),
        lambda request, response: response.__setitem__("Vary", "*"),
        lambda request, response: setattr(request, "resolver_match", None),
        lambda request, response: setattr(request, "method", "POST"),
    ],
    ids=[
        "not found",
        "sets a cookie",
        "uses the CSRF token (a form)",
        "private",
        "no-store (Wagtail's mark on restricted pages)",
        "varies on everything",
        "not a page (admin, documents)",
        "a POST",
    ],
)
def test_nothing_personal_or_uncacheable_is_kept(spoil):
    request, response = page_request(), HttpResponse("page")
    spoil(request, response)
    assert not may_keep(request, response)


def test_an_admin_view_is_never_kept():
    assert not may_keep(page_request("/admin/", view="wagtailadmin_home"), HttpResponse("x"))


def test_an_apps_public_view_is_kept_only_when_marked_shared():
    request = page_request("/en/subscriptions/", view="subscribe")
    assert not may_keep(request, HttpResponse("form"))
    request.resolver_match = ResolverMatch(
        shared_page(lambda request: None), (), {}, url_name="published"
    )
    assert may_keep(request, HttpResponse("public page"))


def test_a_feed_keeps_its_own_max_age_and_a_date_never_earlier_than_the_purge():
    response = HttpResponse("feed")
    response["Cache-Control"] = "public, max-age=900"
    response["Last-Modified"] = "Thu, 01 Jan 2026 00:00:00 GMT"
    add_cache_headers(response, purged_at=1_800_000_000, shared_seconds=600)
    assert "max-age=900" in response["Cache-Control"]
    assert "s-maxage=600" in response["Cache-Control"]
    assert response["Last-Modified"] == "Fri, 15 Jan 2027 08:00:00 GMT"


def test_no_frontend_cache_unless_one_is_chosen():
    assert frontend_cache({}) == {}
    assert frontend_cache({"FRONTEND_CACHE_BACKEND": "off"}) == {}


def test_each_frontend_cache_is_built_from_its_variables():
    assert frontend_cache(
        {
            "FRONTEND_CACHE_BACKEND": "varnish",
            "FRONTEND_CACHE_URL": "http://127.0.0.1:8080",
            "FRONTEND_CACHE_HOSTNAMES": "egov.example.org, www.egov.example.org",
        }
    ) == {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8080",
            "HOSTNAMES": ["egov.example.org", "www.egov.example.org"],
        }
    }
    cloudflare = frontend_cache(
        {
            "FRONTEND_CACHE_BACKEND": "cloudflare",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_BEARER_TOKEN": "token",
        }
    )
    assert cloudflare["cloudflare"]["ZONEID"] == "zone"
    assert cloudflare["cloudflare"]["BEARER_TOKEN"] == "token"
    cloudfront = frontend_cache(
        {"FRONTEND_CACHE_BACKEND": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"}
    )
    assert cloudfront["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert pyproject["project"]["optional-dependencies"]["cloudfront"][0].startswith("boto3")


@pytest.mark.parametrize(
    "environ,message",
    [
        ({"FRONTEND_CACHE_BACKEND": "akamai"}, "choose one of cloudflare, cloudfront, varnish"),
        ({"FRONTEND_CACHE_BACKEND": "varnish"}, "needs FRONTEND_CACHE_URL"),
        (
            {"FRONTEND_CACHE_BACKEND": "cloudflare", "CLOUDFLARE_ZONE_ID": "zone"},
            "needs CLOUDFLARE_BEARER_TOKEN",
        ),
    ],
)
def test_a_wrong_frontend_cache_is_refused_by_name(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        frontend_cache(environ)
