"""What readers narrow the compilation of recommendations by, kept in the URL: topic, agency
and country (shared with other listings, read the compilation's way), the year of the event,
and whom a recommendation addresses. Each offers only what occurs."""

import re

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries as country_names

from egecms.core.filter_fields import OptionFilter
from egecms.core.filters import ContributionFilterSet, Option, by_label

from .models.event import EventPage
from .models.outcomes import Actor, Recommendation

COUNTRY_CODE = re.compile(r"[A-Z]{2}")
YEAR = re.compile(r"\d{4}")


class RecommendationFilterSet(ContributionFilterSet):
    """The reader's filters of the compilation.

    Values are trimmed; one that matches nothing (an unknown topic, agency, country, year or
    actor) gives an empty list, never an error. :meth:`apply` takes what the compilation
    loaded: the filters narrow its recommendations, and the options are built from them.
    """

    topic = OptionFilter(label=_("Topic"), clip=100, strip=True, method="filter_topic")
    agency = OptionFilter(label=_("Agency"), clip=20, strip=True, method="filter_agency")
    country = OptionFilter(
        label=_("Country"), clip=10, strip=True, upper=True, method="filter_country"
    )
    year = OptionFilter(label=_("Year"), clip=10, strip=True, method="filter_year")
    actor = OptionFilter(label=_("Addressed to"), clip=40, strip=True, method="filter_actor")

    field_order = ("topic", "agency", "country", "year", "actor")

    class Meta(ContributionFilterSet.Meta):
        model = Recommendation
        fields = []

    def __init__(self, *args, facts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.facts = facts

    def apply(self, recommendations, *, facts, labels=None):
        """Narrow the compilation's ``recommendations`` (a queryset, not run). ``facts``: the
        :class:`~events.compilation.EventFacts` of their events; ``labels``: the
        :class:`~egecms.core.labels.LocaleLabels` of the compilation's locale."""
        self.queryset, self.facts = recommendations, facts
        if labels is not None:
            self.labels = labels
        return super().apply(recommendations)

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic__slug=value)

    def filter_agency(self, queryset, name, value):
        organised = EventPage.objects.filter(agencies__acronym__iexact=value)
        return queryset.filter(page__in=organised.values("pk"))

    def filter_country(self, queryset, name, value):
        if not COUNTRY_CODE.fullmatch(value):
            return queryset.none()
        return queryset.filter(page_id__in=self.facts.in_country(value))

    def filter_year(self, queryset, name, value):
        if not YEAR.fullmatch(value):
            return queryset.none()
        return queryset.filter(page_id__in=self.facts.in_year(int(value)))

    def filter_actor(self, queryset, name, value):
        if value not in Actor.values:
            return queryset.none()
        # A JSON list: the quoted value matches one whole item (as the calendar's languages).
        return queryset.filter(actors__icontains=f'"{value}"')

    # -- what occurs: one query for the topics, one for the agencies ----------------------

    @cached_property
    def topics_by_slug(self):
        return {label.slug: label for label in self.labels.topics.values()}

    def topic_options(self):
        slugs = set(
            self.queryset.order_by()
            .exclude(topic=None)
            .values_list("topic__slug", flat=True)
            .distinct()
        )
        return by_label(
            Option(slug, self.topics_by_slug[slug].name if slug in self.topics_by_slug else slug)
            for slug in slugs
        )

    def agency_options(self):
        agency_field = EventPage._meta.get_field("agencies")
        source, target = agency_field.m2m_field_name(), agency_field.m2m_reverse_field_name()
        agency_ids = set(
            agency_field.remote_field.through.objects.filter(**{f"{source}_id__in": self.facts.ids})
            .values_list(f"{target}_id", flat=True)
            .distinct()
        )
        agencies = [self.labels.agencies[pk] for pk in agency_ids if pk in self.labels.agencies]
        return by_label(Option(a.slug, f"{a.short} — {a.name}") for a in agencies)

    def country_options(self):
        return by_label(
            Option(code, country_names.name(code) or code) for code in self.facts.country_codes()
        )

    def year_options(self):
        return [Option(str(year), str(year)) for year in self.facts.years()]

    def actor_options(self):
        return [Option(value, label) for value, label in Actor.choices]
