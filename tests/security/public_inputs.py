"""Hypothesis strategies for what the public may send: every listing's parameters, the feeds'
and ``feed.ics`` filters, the request-status link's token and the request form's fields.

Each value is drawn from a mix of what the demo really holds (so that filters match and pages
render results) and what no one should send: stray Unicode, huge or negative numbers,
percent-encodings that are not UTF-8, markup, SQL and template fragments.
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from hypothesis import strategies as st
from wagtail.models import Page

from assistance.models import AssistanceRequest, AssistanceRequestPage
from assistance.status_links import make_status_token
from egecms.core.models import Agency, Topic
from egecms.search.models import SearchPage
from events.models import CalendarPage, EventPage, RecommendationsPage
from practices.models import PracticeLibraryPage
from services.models import ServiceMenuPage

LISTING_FILTERS = ["topic", "agency", "country", "year", "page"]
PARAMETERS = {
    PracticeLibraryPage: [*LISTING_FILTERS, "outcome"],
    ServiceMenuPage: [*LISTING_FILTERS, "modality", "language", "view"],
    CalendarPage: [*LISTING_FILTERS, "space", "language", "month", "tz", "view"],
    SearchPage: ["q", "type", "agency", "country", "space", "topic", "year", "outcome", "page"],
    RecommendationsPage: [*LISTING_FILTERS, "actor"],
}
FEED_SUFFIXES = {
    PracticeLibraryPage: ["feed/rss/", "feed/atom/"],
    ServiceMenuPage: ["feed/rss/", "feed/atom/"],
    CalendarPage: ["feed/rss/", "feed/atom/", "feed.ics"],
}
HOSTILE = [
    "",
    " ",
    "0",
    "-1",
    "99999999999999999999",
    "-99999999999999999999",
    "1e308",
    "NaN",
    "null",
    "' OR 1=1 --",
    '"><script>__xss(0)</script>',
    "{{ request }}",
    "{% debug %}",
    "../../etc/passwd",
    "%",
    "\x00",
    "²",
    "𝟙𝟚",
    "٣",
    "İ",
    "ß" * 300,
    "a" * 5000,
    "2027-13",
    "2027-00",
    "0000-01",
    "9999-12",
    "10000-01",
    "-2027-01",
    "Etc/GMT+99",
    "../UTC",
    "America/Lima\x00",
]
# Percent-encodings that decode to nothing valid (sent as they are, not re-encoded).
RAW_ENCODED = ["%C2%B2", "%FF", "%C0%AF", "%ED%A0%80", "%00", "%E2%80%AE", "%ZZ", "%%", "%2"]


@dataclass
class PublicSurface:
    """The demo's public addresses and the values its filters know."""

    listings: list  # (url, [parameter names])
    feeds: list  # (url, [parameter names])
    event_ics: list
    form_urls: list
    status_base: str
    status_token: str
    known: dict  # parameter name -> real values


def public_surface():
    """What the demo offers the public, read from its database."""
    listings, feeds = [], []
    for model, names in PARAMETERS.items():
        for page in model.objects.live().public().select_related("locale"):
            url = page.get_url()
            listings.append((url, names))
            for suffix in FEED_SUFFIXES.get(model, []):
                feeds.append((url + suffix, [name for name in names if name != "page"]))
    events = [page.get_url() + "event.ics" for page in EventPage.objects.live().public()[:6]]
    forms = [page.get_url() for page in AssistanceRequestPage.objects.live().public()]
    request = AssistanceRequest.objects.order_by("pk").first()
    agencies = list(Agency.objects.values_list("acronym", flat=True).distinct())
    topics = list(Topic.objects.values_list("slug", flat=True).distinct())
    spaces = list(Page.objects.live().filter(depth=4).values_list("slug", flat=True)[:20])
    known = {
        "agency": agencies,
        "topic": topics,
        "space": spaces,
        "country": ["PE", "BR", "HT", "JM", "MX", "pe", "US", "XX"],
        "year": ["2019", "2024", "2026", "2027"],
        "outcome": ["adapt", "avoid"],
        "type": ["practice", "service", "event", "practicepage", "servicepage", "eventpage"],
        "modality": ["training", "advisory", "technical", "financing"],
        "language": [code for code, _name in settings.LANGUAGES],
        "view": ["month", "matrix", "past", "upcoming", "list"],
        "month": ["2026-12", "2027-01", "2027-02", "2026-1", "2027-1-1"],
        "tz": ["Europe/Madrid", "America/Lima", "UTC", "America/Sao_Paulo", "Asia/Tokyo"],
        "page": ["1", "2", "3", "100"],
        "q": ["digital", "identidad digital", "governo eletrônico", "services numériques"],
        "actor": ["governments", "agencies", "citizens"],
    }
    return PublicSurface(
        listings=listings,
        feeds=feeds,
        event_ics=events,
        form_urls=forms,
        status_base=forms[0] + "status/",
        status_token=make_status_token(request),
        known=known,
    )


def _text():
    return st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def parameter_value(known):
    """One value for a parameter that knows ``known``, already percent-encoded."""
    encoded = st.one_of(
        st.sampled_from(known or ["x"]),
        st.sampled_from(HOSTILE),
        _text(),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
    ).map(lambda value: quote(value, safe=""))
    return st.one_of(encoded, st.sampled_from(RAW_ENCODED))


@st.composite
def query_string(draw, names, known):
    """Some of ``names`` (a few repeated) with values, as a raw query string."""
    chosen = draw(st.lists(st.sampled_from(names), max_size=5))
    pairs = [f"{name}={draw(parameter_value(known.get(name, [])))}" for name in chosen]
    if draw(st.booleans()):
        pairs.append(draw(st.sampled_from(RAW_ENCODED)) + "=" + draw(st.sampled_from(RAW_ENCODED)))
    return "&".join(pairs)


@st.composite
def public_get(draw, surface):
    """A GET of a listing, a feed, an event's iCal file or a status link, with its parameters."""
    kind = draw(st.sampled_from(["listing", "listing", "listing", "feed", "ics", "status"]))
    if kind == "status":
        token = draw(
            st.one_of(
                st.just(surface.status_token),
                st.builds(
                    lambda t, cut: t[:cut], st.just(surface.status_token), st.integers(0, 80)
                ),
                st.builds(lambda t, extra: t + extra, st.just(surface.status_token), _text()),
                _text(),
            )
        )
        return surface.status_base + (quote(token, safe="") or "x") + "/"
    if kind == "ics":
        return (
            draw(st.sampled_from(surface.event_ics))
            + "?"
            + draw(query_string(["tz", "lang"], surface.known))
        )
    url, names = draw(st.sampled_from(surface.listings if kind == "listing" else surface.feeds))
    return url + "?" + draw(query_string(names, surface.known))


FORM_CHOICES = {
    "country": ["PE", "BR", "HT", "JM", "XX", "pe"],
    "urgency": ["low", "medium", "high", "urgent"],
    "modality": ["training", "advisory", "technical_assistance", "exchange"],
    "preferred_language": ["en", "es", "pt", "fr", "de"],
    "email": ["ministra@example.gob.pe", "not-an-address", "a@b", "x@" + "a" * 300 + ".org"],
    "consent": ["on", "", "0"],
    "website": ["", "", "", "http://spam.example"],
}


@st.composite
def request_form_post(draw, topic_ids):
    """The request form's POST data: real choices, garbage, huge and negative topic ids."""
    data = {}
    for name in ["institution", "contact_name", "need"]:
        if draw(st.integers(0, 9)):
            data[name] = draw(st.one_of(st.sampled_from(HOSTILE), _text()))
    for name, choices in FORM_CHOICES.items():
        if draw(st.integers(0, 9)):
            data[name] = draw(st.one_of(st.sampled_from(choices), st.sampled_from(HOSTILE)))
    ids = st.one_of(
        st.sampled_from([str(pk) for pk in topic_ids]),
        st.integers(min_value=-(10**25), max_value=10**25).map(str),
        st.sampled_from(HOSTILE),
    )
    data["topics"] = draw(st.lists(ids, max_size=4))
    return data
