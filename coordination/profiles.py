"""One public profile per country of the region: what the agencies do there.

Gathers, for one country, in the page's locale: its practices (to adapt, to avoid), the
services that name it, the active activities by agency, the upcoming events there, its open
requests for assistance *in aggregate* (a count — never a requester, an institution or any
contact data), and the agencies engaged. Each list shows the newest :data:`PER_LIST` with the
total; the whole takes a fixed number of queries, however much content there is.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django_countries.fields import Country

from egecms.core.cards import build_cards, section_urls
from egecms.core.labels import LocaleLabels

from .matrix import KINDS, in_country_q, installed_kinds, kind_queryset, listing_base

PER_LIST = 12


@dataclass
class ProfileList:
    """The newest cards of one kind for the country, how many in all, and the full listing."""

    key: str
    label: str
    cards: list
    total: int
    url: str | None = None


@dataclass
class CountryProfile:
    """What the profile page of one country shows."""

    code: str
    name: str
    flag_url: str
    lists: list = field(default_factory=list)
    activities_by_agency: list = field(default_factory=list)
    open_requests: int | None = None
    agencies: list = field(default_factory=list)


def open_request_count(code):
    """How many requests for assistance from ``code`` are open (None: app not installed)."""
    if not apps.is_installed("assistance"):
        return None
    model = apps.get_model("assistance", "AssistanceRequest")
    return model.objects.filter(country=code).exclude(status__in=model.CLOSED_STATUSES).count()


def _lists_of(code, *, locale, request, now):
    """``[(key, label, queryset, kind, extra query)]`` of the country's lists."""
    found = []
    for kind in installed_kinds():
        queryset = kind_queryset(kind, locale=locale, today=now, request=request).filter(
            in_country_q(kind, code)
        )
        if kind.key == "practices":
            model = apps.get_model(kind.model)
            for outcome, label in model.Outcome.choices:
                narrowed = queryset.filter(outcome=outcome)
                found.append((f"practices-{outcome}", label, narrowed, kind, {"outcome": outcome}))
        else:
            found.append((kind.key, kind.label, queryset, kind, {}))
    return found


def country_profile(code, *, page, request=None, now=None):
    """The :class:`CountryProfile` of ``code`` on ``page`` (a ``CountryProfilesPage``)."""
    locale = page.locale_id
    labels = LocaleLabels.load(locale)
    now = now or timezone.now()
    country = Country(code)
    urls = section_urls(page.get_parent(), request)
    lists, pages = [], []
    for key, label, queryset, kind, extra in _lists_of(
        code, locale=locale, request=request, now=now
    ):
        total = queryset.count()
        shown = list(queryset[:PER_LIST]) if total else []
        pages.extend(shown)
        base = listing_base(urls, kind)
        query = "&".join(f"{name}={value}" for name, value in {"country": code, **extra}.items())
        if kind.key == "activities":
            query += "&status=active"
        lists.append(
            ProfileList(
                key=key,
                label=label,
                cards=shown,
                total=total,
                url=f"{base}?{query}" if base and total else None,
            )
        )
    cards = {card.page.pk: card for card in build_cards(pages, locale=locale, labels=labels)}
    agencies = {}
    for entry in lists:
        entry.cards = [cards[item.pk] for item in entry.cards]
        for card in entry.cards:
            for agency in card.agencies:
                agencies[agency.slug] = agency
    by_agency = {}
    for entry in lists:
        if entry.key == "activities":
            for card in entry.cards:
                for agency in card.agencies or [None]:
                    by_agency.setdefault(agency, []).append(card)
    return CountryProfile(
        code=code,
        name=country.name,
        flag_url=country.flag,
        lists=lists,
        activities_by_agency=sorted(
            ((agency, cards) for agency, cards in by_agency.items() if agency is not None),
            key=lambda item: item[0].short,
        ),
        open_requests=open_request_count(code),
        agencies=sorted(agencies.values(), key=lambda label: label.short),
    )


__all__ = ["KINDS", "CountryProfile", "ProfileList", "country_profile", "open_request_count"]
