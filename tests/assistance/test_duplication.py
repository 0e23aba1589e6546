"""Duplication warning: triaging a request, program managers see which agencies already work
on its country and topics (open requests, services, recent practices), and nothing else."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from assistance.duplication import duplication_report
from assistance.models import AssistanceRequest, RequestRouting
from tests import factories
from tests.builders import ensure_locales, translate_tree

Status = AssistanceRequest.Status
NOW = datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.UTC)
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def english():
    """The report is worded in the active language; other tests may leave another one active."""
    with translation.override("en"):
        yield


class World:
    """Agency spaces, a cluster and a request for Peru on digital identity and open data.

    Each ``add_*`` makes one piece of work on Peru and a requested topic, unless told otherwise.
    """

    def __init__(self, tree):
        self.tree = tree
        self.locale = tree.topic.locale
        self.topics = {
            slug: factories.TopicFactory(name=name, slug=slug)
            for slug, name in (
                ("digital-identity", "Digital identity"),
                ("open-data", "Open data"),
                ("cybersecurity", "Cybersecurity"),
            )
        }
        self.spaces = {tree.pages["agency_idb"].pk: tree.pages["agency"]}
        self.request = self.add_request(topics=("digital-identity", "open-data"))

    def agency(self, acronym):
        return factories.AgencyFactory(acronym=acronym, name=f"Agency {acronym}")

    def space(self, agency):
        if agency.pk not in self.spaces:
            self.spaces[agency.pk] = factories.AgencyPageFactory(
                parent=self.tree.pages["agencies"], slug=agency.acronym.lower(), agency=agency
            )
        return self.spaces[agency.pk]

    def add_service(self, agency, *, space=None, countries=("PE",), topics=("digital-identity",), **extra):  # fmt: skip
        return factories.ServicePageFactory(
            parent=space or self.space(agency),
            agencies=[agency],
            topics=[self.topics[slug] for slug in topics],
            countries=list(countries),
            **extra,
        )

    def add_practice(self, agency, *, parent=None, countries=("PE",), topics=("open-data",), date=TODAY, **extra):  # fmt: skip
        return factories.PracticePageFactory(
            parent=parent or self.tree.pages["cluster"],
            agencies=[agency],
            topics=[self.topics[slug] for slug in topics],
            countries=list(countries),
            date=date,
            **extra,
        )

    def add_request(self, *, country="PE", topics=("digital-identity",), status=Status.NEW, assigned=None, routed=()):  # fmt: skip
        request = AssistanceRequest.objects.create(
            country=country,
            institution="Ministry of the Interior",
            contact_name="Ana Quispe",
            email="ana@example.org",
            need="A national digital identity",
            preferred_language="es",
            consent_at=NOW,
            locale=self.locale,
            status=status,
            assigned_agency=assigned,
        )
        request.topics.set([self.topics[slug] for slug in topics])
        for agency in routed:
            RequestRouting.objects.create(request=request, agency=agency)
        return request

    def report(self, **kwargs):
        return duplication_report(self.request, now=NOW, **kwargs)


@pytest.fixture
def world(site_tree_en):
    return World(site_tree_en)


def summary(report):
    """``{acronym: (request references, service titles, practice titles, topic names)}``."""
    return {
        entry.agency.acronym: (
            [item.reference for item in entry.requests],
            [page.title for page in entry.services],
            [page.title for page in entry.practices],
            entry.topics,
        )
        for entry in report.entries
    }


@pytest.mark.django_db
def test_each_agency_at_work_on_the_country_and_topics_is_listed_with_what_it_does(world):
    idb, oas = world.tree.pages["agency_idb"], world.tree.pages["agency_oas"]
    wb, caf = world.agency("WB"), world.agency("CAF")
    world.add_service(idb, title="Digital ID training", countries=("BO", "PE"))
    # A service in OAS's space that lists CAF: both do that work.
    world.add_service(caf, space=world.space(oas), title="Open data help", topics=("open-data",))
    world.add_practice(oas, title="Open budget portal", date=TODAY - datetime.timedelta(days=400))
    assigned = world.add_request(assigned=wb, routed=[caf])
    routed = world.add_request(topics=("open-data", "cybersecurity"), routed=[caf, oas])
    routed.status = Status.IN_PROGRESS
    routed.save()

    report = world.report()

    assert summary(report) == {
        "CAF": ([routed.reference], ["Open data help"], [], ["Open data"]),
        "IDB": ([], ["Digital ID training"], [], ["Digital identity"]),
        "OAS": ([routed.reference], ["Open data help"], ["Open budget portal"], ["Open data"]),
        "WB": ([assigned.reference], [], [], ["Digital identity"]),
    }
    assert report.country == "PE"
    assert report.agency_count == 4 and report.warn
    assert report.message == ("4 agencies already work on digital identity and open data in Peru.")
    request_entry = report.entries[0].requests[0]
    assert (request_entry.status, str(request_entry.status_label)) == ("in_progress", "In progress")


@pytest.mark.django_db
def test_one_agency_alone_is_reported_without_a_warning(world):
    world.add_service(world.tree.pages["agency_idb"], title="Digital ID training")
    report = world.report()
    assert [entry.agency.acronym for entry in report.entries] == ["IDB"]
    assert report.agency_count == 1 and not report.warn
    assert report.message == "1 agency already works on digital identity in Peru."


@pytest.mark.django_db
def test_nothing_on_the_country_and_topics_is_an_empty_report(world):
    # The demo tree's own service and practice cover Peru but have no topic.
    report = world.report()
    assert report.entries == [] and report.agency_count == 0
    assert not report.warn and report.message == ""


@pytest.mark.django_db
def test_a_request_without_topics_gets_no_report(world):
    world.add_service(world.tree.pages["agency_idb"])
    world.add_service(world.agency("WB"))
    world.request.topics.clear()
    report = world.report()
    assert report.entries == [] and not report.warn and report.message == ""


def restricted(world, page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


def translated_into_spanish(world, page):
    """Unpublish the English page, keeping its Spanish translation live."""
    translate_tree(page, ensure_locales())
    page.unpublish()


# Each case: a piece of work by agency X that must not count as working on Peru and the
# requested topics. The control test below checks that, without the twist, X is reported.
NOT_WORK_ON_IT = {
    "region-wide service": lambda w, x: w.add_service(x, countries=()),
    "service in another country": lambda w, x: w.add_service(x, countries=("CL", "BO")),
    "service on another topic": lambda w, x: w.add_service(x, topics=("cybersecurity",)),
    "inactive service": lambda w, x: w.add_service(x, is_active=False),
    "draft service": lambda w, x: w.add_service(x).unpublish(),
    "restricted service": lambda w, x: restricted(w, w.add_service(x)),
    "service in another locale": lambda w, x: translated_into_spanish(w, w.add_service(x)),
    "practice in another country": lambda w, x: w.add_practice(x, countries=("CL",)),
    "practice on another topic": lambda w, x: w.add_practice(x, topics=("cybersecurity",)),
    "draft practice": lambda w, x: w.add_practice(x).unpublish(),
    "restricted practice": lambda w, x: restricted(w, w.add_practice(x)),
    "practice in another locale": lambda w, x: translated_into_spanish(w, w.add_practice(x)),
    "practice older than two years": lambda w, x: w.add_practice(
        x, date=datetime.date(2024, 6, 14)
    ),
    "resolved request": lambda w, x: w.add_request(assigned=x, status=Status.RESOLVED),
    "declined request": lambda w, x: w.add_request(routed=[x], status=Status.DECLINED),
    "request for another country": lambda w, x: w.add_request(country="CL", assigned=x),
    "request on another topic": lambda w, x: w.add_request(topics=("cybersecurity",), routed=[x]),
    "the request itself": lambda w, x: RequestRouting.objects.create(request=w.request, agency=x),
}
IS_WORK_ON_IT = {
    "service": lambda w, x: w.add_service(x),
    "practice": lambda w, x: w.add_practice(x),
    "practice just within two years": lambda w, x: w.add_practice(
        x, date=datetime.date(2024, 6, 15)
    ),
    "assigned request": lambda w, x: w.add_request(assigned=x),
    "routed request": lambda w, x: w.add_request(routed=[x], status=Status.TRIAGED),
    "service in its space listing another agency": lambda w, x: w.add_service(
        w.agency("OTHER"), space=w.space(x)
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(NOT_WORK_ON_IT))
def test_work_elsewhere_on_other_things_or_out_of_sight_does_not_count(world, case):
    x = world.agency("X")
    NOT_WORK_ON_IT[case](world, x)
    assert "X" not in summary(world.report())


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(IS_WORK_ON_IT))
def test_work_on_the_country_and_topics_counts(world, case):
    x = world.agency("X")
    IS_WORK_ON_IT[case](world, x)
    assert "X" in summary(world.report())


@pytest.mark.django_db
def test_an_assigned_request_counts_for_its_agency_not_the_agencies_routed_to(world):
    wb, caf = world.agency("WB"), world.agency("CAF")
    world.add_request(assigned=wb, routed=[caf])
    assert list(summary(world.report())) == ["WB"]


@pytest.mark.django_db
def test_the_practice_window_follows_the_setting(world, settings):
    world.add_practice(world.agency("X"), date=datetime.date(2020, 1, 1))
    assert world.report().entries == []
    settings.EGECMS = {**settings.EGECMS, "DUPLICATION_PRACTICE_YEARS": 7}
    assert list(summary(world.report())) == ["X"]


@pytest.mark.django_db
def test_a_translated_agency_is_reported_as_its_canonical_self(world):
    wb = world.agency("WB")
    world.add_service(wb, title="Identity loans")
    wb_es = wb.copy_for_translation(ensure_locales()["es"])
    wb_es.name = "Banco Mundial"
    wb_es.save()
    assigned = world.add_request(assigned=wb_es)
    report = world.report()
    assert summary(report) == {"WB": ([assigned.reference], ["Identity loans"], [], ["Digital identity"])}  # fmt: skip
    assert report.entries[0].agency == wb


@pytest.mark.django_db
def test_the_report_is_worded_in_the_readers_language(world):
    locales = ensure_locales()
    identity_es = world.topics["digital-identity"].copy_for_translation(locales["es"])
    identity_es.name = "Identidad digital"
    identity_es.save()
    world.add_service(world.tree.pages["agency_idb"])
    world.add_service(world.agency("WB"))
    with translation.override("es"):
        report = world.report()
    assert [entry.topics for entry in report.entries] == [["Identidad digital"]] * 2
    assert "identidad digital" in report.message and "Perú" in report.message


@pytest.mark.django_db
def test_the_report_takes_a_fixed_number_of_queries(world):
    agencies = [world.tree.pages["agency_idb"], world.tree.pages["agency_oas"], world.agency("WB")]

    def add_work(count):
        for n in range(count):
            agency = agencies[n % 3]
            world.add_service(agency, topics=("digital-identity", "open-data"))
            world.add_practice(agency)
            world.add_request(routed=[agency, agencies[(n + 1) % 3]])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            report = world.report()
        return len(captured.captured_queries), report

    add_work(3)
    world.report()  # labels cached, as in a running site
    few, report = queries()
    assert sum(len(entry.services) for entry in report.entries) == 3
    add_work(27)
    many, report = queries()
    assert sum(len(entry.services) for entry in report.entries) == 30
    assert sum(len(entry.practices) for entry in report.entries) == 30
    assert sum(len(entry.requests) for entry in report.entries) == 60
    assert many == few
    assert few <= 12
