"""The site's URLs and the floor: the cheapest Django view, through the same middleware."""

from django.http import HttpResponse
from django.urls import path

from egecms.urls import urlpatterns as site_urlpatterns


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]
