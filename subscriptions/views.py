"""The public pages of subscriptions: subscribe, confirm, manage, unsubscribe (one click,
RFC 8058), erase the address, and the feed of a set of filters.

Every page is the reader's own (a token in the address, a form), so none is ever kept by a
cache: they are not Wagtail pages (which the page cache alone keeps) and say ``no-store``.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from . import actions
from .feeds import FEEDS
from .filters import clean_filters, describe
from .forms import SubscribeForm, SubscriptionForm
from .models import Subscription

NO_INDEX = {"robots": "noindex, nofollow"}


def _subscription(token):
    return get_object_or_404(Subscription, token=token)


@method_decorator(never_cache, name="dispatch")
class SubscribeView(View):
    """The form, prefilled with the filters in the query string (a search's own)."""

    template_name = "subscriptions/subscribe.html"

    def get(self, request):
        filters = clean_filters(request.GET)
        form = SubscribeForm(filters=filters)
        return self._render(request, form, filters)

    def post(self, request):
        form = SubscribeForm(request.POST, filters=clean_filters(request.POST))
        if form.is_valid():
            try:
                actions.subscribe(
                    email=form.cleaned_data["email"],
                    language=form.cleaned_data["language"],
                    frequency=form.cleaned_data["frequency"],
                    filters=form.cleaned_filters(),
                )
            except actions.SubscriptionError as error:
                form.add_error(None, str(error))
            else:
                return render(request, "subscriptions/check_email.html", {"meta": NO_INDEX})
        return self._render(request, form, clean_filters(request.POST))

    def _render(self, request, form, filters):
        language = get_language() or settings.LANGUAGE_CODE
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "described": describe(filters, language),
                "feeds": feed_links(filters),
            },
        )


def feed_links(filters):
    query = "&".join(f"{facet}={value}" for facet, values in filters.items() for value in values)
    suffix = f"?{query}" if query else ""
    return [
        (_("RSS feed"), reverse("subscriptions:feed", args=["rss"]) + suffix),
        (_("Atom feed"), reverse("subscriptions:feed", args=["atom"]) + suffix),
    ]


@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    """The double opt-in link: a button, so that a mail scanner following links confirms
    nothing."""

    def get(self, request, token):
        subscription = _subscription(token)
        return render(
            request,
            "subscriptions/confirm.html",
            {
                "subscription": subscription,
                "described": describe(subscription.filters, subscription.language),
            },
        )

    def post(self, request, token):
        subscription = actions.confirm(_subscription(token))
        return HttpResponseRedirect(
            reverse("subscriptions:manage", args=[subscription.token]) + "?confirmed=1"
        )


@method_decorator(never_cache, name="dispatch")
class ManageView(View):
    """The subscription's choices, to change; links to unsubscribe and to erase."""

    def get(self, request, token):
        subscription = _subscription(token)
        form = SubscriptionForm(
            initial={"language": subscription.language, "frequency": subscription.frequency},
            filters=subscription.filters,
        )
        form.fields["language"].initial = subscription.language
        return self._render(request, subscription, form)

    def post(self, request, token):
        subscription = _subscription(token)
        form = SubscriptionForm(request.POST, filters=clean_filters(request.POST))
        if form.is_valid():
            actions.change(
                subscription,
                language=form.cleaned_data["language"],
                frequency=form.cleaned_data["frequency"],
                filters=form.cleaned_filters(),
            )
            return HttpResponseRedirect(request.path + "?saved=1")
        return self._render(request, subscription, form)

    def _render(self, request, subscription, form):
        return render(
            request,
            "subscriptions/manage.html",
            {
                "subscription": subscription,
                "form": form,
                "described": describe(subscription.filters, get_language()),
                "confirmed": "confirmed" in request.GET,
                "saved": "saved" in request.GET,
            },
        )


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class UnsubscribeView(View):
    """RFC 8058: a POST (a mail client's one click, without CSRF token) unsubscribes; a GET
    (a link followed, perhaps by a scanner) only shows the button."""

    def get(self, request, token):
        subscription = _subscription(token)
        return render(request, "subscriptions/unsubscribe.html", {"subscription": subscription})

    def post(self, request, token):
        subscription = actions.unsubscribe(_subscription(token))
        return render(request, "subscriptions/unsubscribed.html", {"subscription": subscription})


@method_decorator(never_cache, name="dispatch")
class EraseView(View):
    """Erase the address: every subscription of it and the record of what was sent."""

    def get(self, request, token):
        subscription = _subscription(token)
        return render(request, "subscriptions/erase.html", {"subscription": subscription})

    def post(self, request, token):
        actions.erase_address(_subscription(token).email)
        return render(request, "subscriptions/erased.html")


def feed_view(request, kind):
    """The RSS or Atom feed of the filters in the query string, in the active language."""
    if kind not in FEEDS:
        raise Http404
    return FEEDS[kind]()(request, filters=clean_filters(request.GET))
