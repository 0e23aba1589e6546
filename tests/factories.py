"""Factories for every page type and snippet (wagtail-factories / factory_boy)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from agencies.models import AgencyIndexPage, AgencyPage
from clusters.models import ClusterIndexPage, ClusterPage, IssueAreaIndexPage, IssueAreaPage
from egecms.core.models import Agency, Topic, TopicPage, set_workspace_agencies
from events.models import CalendarPage, EventPage
from practices.models import PracticeLibraryPage, PracticePage
from services.models import ServiceMenuPage, ServicePage


class LocaleDefault(factory.LazyFunction):
    def __init__(self):
        super().__init__(Locale.get_default)


class AgencyFactory(factory.django.DjangoModelFactory):
    acronym = factory.Sequence(lambda n: f"AG{n}")
    name = factory.LazyAttribute(lambda agency: f"Agency {agency.acronym}")
    locale = LocaleDefault()

    class Meta:
        model = Agency


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = LocaleDefault()

    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")


class TopicPageFactory(wagtail_factories.PageFactory):
    title = "e-Government"
    intro = "Topic page introduction"

    class Meta:
        model = TopicPage


def section_factory(model_class, default_title):
    return type(
        f"{model_class.__name__}Factory",
        (wagtail_factories.PageFactory,),
        {
            "title": default_title,
            "show_in_menus": True,
            "Meta": type("Meta", (), {"model": model_class}),
        },
    )


ClusterIndexPageFactory = section_factory(ClusterIndexPage, "Clusters")
IssueAreaIndexPageFactory = section_factory(IssueAreaIndexPage, "Issue areas")
PracticeLibraryPageFactory = section_factory(PracticeLibraryPage, "Practice library")
AgencyIndexPageFactory = section_factory(AgencyIndexPage, "Agencies")
ServiceMenuPageFactory = section_factory(ServiceMenuPage, "Menu of services")
CalendarPageFactory = section_factory(CalendarPage, "Calendar")


class ClusterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cluster {n}")
    summary = "A cluster of the Task Force"

    class Meta:
        model = ClusterPage
        skip_postgeneration_save = True

    @factory.post_generation
    def leads(self, create, extracted, **kwargs):
        if extracted:
            set_workspace_agencies(self, leads=extracted)


class IssueAreaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Issue area {n}")
    summary = "An issue area shared with countries"

    class Meta:
        model = IssueAreaPage
        skip_postgeneration_save = True

    @factory.post_generation
    def leads(self, create, extracted, **kwargs):
        if extracted:
            set_workspace_agencies(self, leads=extracted)


class ContributionPageFactory(wagtail_factories.PageFactory):
    """Base of contribution factories: ``agencies=[...]`` and ``topics=[...]`` after creation."""

    class Meta:
        abstract = True

    @factory.post_generation
    def agencies(self, create, extracted, **kwargs):
        if extracted:
            self.agencies.set(extracted)
            self._relations_to_publish = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            self._relations_to_publish = True

    @factory.post_generation
    def publish_relations(self, create, extracted, **kwargs):
        """One revision, published, for the agencies and topics together (declared last)."""
        if create and getattr(self, "_relations_to_publish", False):
            del self._relations_to_publish
            self.save_revision().publish()


class PracticePageFactory(ContributionPageFactory):
    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = "What was done and what came of it"
    countries = ["PE"]
    year = 2005
    outcome = PracticePage.Outcome.ADAPT

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True


class AgencyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Agency space {n}")
    agency = factory.SubFactory(AgencyFactory)

    class Meta:
        model = AgencyPage


class ServicePageFactory(ContributionPageFactory):
    title = factory.Sequence(lambda n: f"Service {n}")
    summary = "Expertise on offer"
    modality = ServicePage.Modality.TRAINING
    countries = ["BR", "PE"]
    languages = ["es", "en"]

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True


class EventPageFactory(ContributionPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A meeting of the Task Force"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    timezone = "America/Lima"
    city = "Lima"
    country = "PE"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True


from events.models import RecommendationsPage  # noqa: E402

RecommendationsPageFactory = section_factory(RecommendationsPage, "Conclusions and recommendations")


class RecommendationFactory(factory.django.DjangoModelFactory):
    """A recommendation of ``page`` (an EventPage), in the event's locale."""

    text = factory.Sequence(lambda n: f"Recommendation {n}")
    actors = factory.LazyFunction(lambda: ["governments"])
    locale = factory.LazyAttribute(lambda recommendation: recommendation.page.locale)

    class Meta:
        model = "events.Recommendation"
