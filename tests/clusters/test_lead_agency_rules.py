"""The lead-agency rule of the action plan, as a plain function."""

from types import SimpleNamespace

from clusters.forms import lead_agency_errors


def agencies(*acronyms):
    return [SimpleNamespace(acronym=acronym) for acronym in acronyms]


def test_one_to_three_leads_are_fine():
    for leads in (agencies("IDB"), agencies("IDB", "OAS"), agencies("IDB", "OAS", "WB")):
        assert lead_agency_errors(leads) == {}


def test_no_lead_is_refused():
    assert set(lead_agency_errors([])) == {"lead_agencies"}


def test_four_leads_are_refused():
    assert set(lead_agency_errors(agencies("IDB", "OAS", "WB", "DG"))) == {"lead_agencies"}


def test_a_lead_cannot_also_be_a_member():
    errors = lead_agency_errors(agencies("IDB"), agencies("IDB", "OAS"))
    assert set(errors) == {"member_agencies"}
    assert "IDB" in errors["member_agencies"]
