"""Members' terms: set in workspaces.yaml (until:), applied by provisioning, listed per body
with the days left, and the terms to attend to warned about on the screen and the overview."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from egecms.workspaces.description import DescriptionError, parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from governance.models import Membership
from governance.terms import WARNING_DAYS, term_rows

from .world import DESCRIPTION

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 1)


def _pmt_section(oas):
    return (
        DESCRIPTION
        + "governance:\n  pmt:\n    members:\n"
        + "      dg-pm: DG\n      idb-pm: IDB\n      undesa-pm: UNDESA\n      wb-pm: WB\n"
        + f"      oas-pm: {oas}\n"
    )


def test_a_terms_end_comes_from_workspaces_yaml_and_provisioning_applies_it(governance_world):
    ends = timezone.localdate() + datetime.timedelta(days=40)
    report = ProvisionWorkspaces(
        parse_description(_pmt_section(f"{{agency: OAS, until: {ends}}}"))
    ).execute()
    assert f"~ oas-pm's term on the pmt ends {ends}" in report.changes
    oas = Membership.objects.get(body__kind="pmt", user__username="oas-pm")
    assert oas.term_end == ends
    again = ProvisionWorkspaces(
        parse_description(_pmt_section(f"{{agency: OAS, until: {ends}}}"))
    ).execute()
    assert not [change for change in again.changes if "pmt" in change]  # idempotent
    ProvisionWorkspaces(parse_description(_pmt_section("OAS"))).execute()
    oas.refresh_from_db()
    assert oas.term_end is None  # the end taken out of the file: open again
    with pytest.raises(DescriptionError, match="should end on a date"):
        parse_description(_pmt_section("{agency: OAS, until: soon}"))
    with pytest.raises(DescriptionError, match="should be an agency"):
        parse_description(_pmt_section("{organisation: OAS}"))


def test_someone_listed_again_after_their_term_ended_starts_a_new_term(governance_world):
    oas = Membership.objects.get(body__kind="pmt", user__username="oas-pm")
    oas.term_end = timezone.localdate() - datetime.timedelta(days=100)
    oas.save()
    report = ProvisionWorkspaces(parse_description(_pmt_section("OAS"))).execute()
    assert "+ oas-pm on the pmt for OAS" in report.changes
    terms = Membership.objects.filter(body__kind="pmt", user__username="oas-pm")
    assert terms.count() == 2 and terms.filter(term_end__isnull=True).count() == 1


def _membership(body_id, agency_id, start, end):
    return Membership(body_id=body_id, agency_id=agency_id, term_start=start, term_end=end)


def test_terms_ending_within_sixty_days_and_empty_seats_are_warned_about():
    start = datetime.date(2025, 1, 1)
    at_limit = _membership(1, 1, start, TODAY + datetime.timedelta(days=WARNING_DAYS))
    beyond = _membership(1, 2, start, TODAY + datetime.timedelta(days=WARNING_DAYS + 1))
    open_ended = _membership(1, 3, start, None)
    renewed_old = _membership(1, 4, start, TODAY - datetime.timedelta(days=5))
    renewed_new = _membership(1, 4, TODAY - datetime.timedelta(days=4), None)
    vacant = _membership(1, 5, start, TODAY - datetime.timedelta(days=1))
    rows = term_rows([at_limit, beyond, open_ended, renewed_old, renewed_new, vacant], TODAY)
    assert [row.warning for row in rows] == [True, False, False, False, False, True]
    assert rows[0].days_left == 60 and rows[2].days_left is None
    assert rows[5].seat_empty and rows[5].ended and not rows[3].seat_empty


def test_the_members_screen_shows_terms_days_left_and_warnings(client, governance_world):
    today = timezone.localdate()
    Membership.objects.filter(user__username="oas-pm").update(
        term_end=today + datetime.timedelta(days=30)
    )
    Membership.objects.filter(user__username="dg-pm").update(
        term_end=today - datetime.timedelta(days=10)
    )
    Membership.objects.filter(user__username="idb-pm").update(
        term_end=today + datetime.timedelta(days=100)
    )
    client.force_login(governance_world.users["wb-tf"])
    page = client.get(reverse("governance:members", args=[governance_world.pmt.pk])).text
    assert "The term of oas-pm (OAS) on the Program Managers Team ends on" in page
    assert "30 days left" in page
    assert "DG has had no member on the Program Managers Team since" in page
    assert "The term of idb-pm" not in page and ">100<" in page.replace("\n", "").replace(" ", "")
    assert "workspaces.yaml" in page and "provision_workspaces" in page
    overview = client.get(reverse("governance:index")).text
    assert "The term of oas-pm (OAS) on the Program Managers Team ends on" in overview
    assert "DG has had no member on the Program Managers Team since" in overview
    client.force_login(governance_world.users["ica-pm"])
    denied = client.get(reverse("governance:members", args=[governance_world.pmt.pk]))
    assert denied.status_code in (302, 403) and "oas-pm" not in denied.text


def test_the_members_screen_reads_as_many_queries_with_many_members(client, governance_world):
    client.force_login(governance_world.users["board"])
    url = reverse("governance:members", args=[governance_world.task_force.pk])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    queries()
    few = queries()
    User = get_user_model()
    today = timezone.localdate()
    for number in range(30):
        Membership.objects.create(
            body=governance_world.task_force,
            user=User.objects.create_user(f"former-{number}"),
            agency=governance_world.agencies["WB"],
            role="representative",
            term_start=datetime.date(2020, 1, 1),
            term_end=today - datetime.timedelta(days=number + 1),
        )
    assert queries() == few
