"""IATI activity files become draft activities of the agency's space: idempotently, only for
Latin America and the Caribbean, naming each problem and importing nothing when there is one."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from coordination.iati import IatiImportError, import_iati, parse_iati
from coordination.models import ActivityPage

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "idb-activities.xml").read_bytes()
BROKEN = (DATA / "broken-activities.xml").read_bytes()

pytestmark = pytest.mark.django_db


def test_the_sample_reads_as_iati_2_03_says():
    first, second, outside = parse_iati(SAMPLE)
    assert first.identifier == "XM-DAC-46012-PE-L1234"
    assert first.title == "Digital Government Modernization Program"
    assert first.status == "active"
    assert first.start == datetime.date(2024, 4, 15)  # the actual start wins over the planned
    assert first.end == datetime.date(2028, 12, 31)
    assert first.budget_usd == 5_500_000
    assert second.status == "planned" and second.lac_countries == ["JM", "TT"]
    assert outside.lac_countries == []


def test_the_sample_imports_as_drafts_once(coordination_site):
    site = coordination_site
    report = import_iati(SAMPLE, agency=site["idb"], space=site["idb_space"])
    assert report.created == ["XM-DAC-46012-PE-L1234", "XM-DAC-46012-JM-T1001"]
    assert "XM-DAC-46012-KE-X0001" in report.skipped[0]
    pages = ActivityPage.objects.child_of(site["idb_space"]).order_by("pk")
    assert [page.live for page in pages] == [False, False]
    peru = pages[0]
    assert peru.title == "Digital Government Modernization Program"
    assert [str(code) for code in peru.countries] == ["PE"]
    assert list(peru.agencies.all()) == [site["idb"]]
    assert peru.budget_band == "1m-10m" and peru.latest_revision is not None
    again = import_iati(SAMPLE, agency=site["idb"], space=site["idb_space"])
    assert again.created == [] and len(again.unchanged) == 2
    assert ActivityPage.objects.child_of(site["idb_space"]).count() == 2


def test_an_edited_import_is_never_overwritten(coordination_site):
    site = coordination_site
    import_iati(SAMPLE, agency=site["idb"], space=site["idb_space"])
    page = ActivityPage.objects.get(iati_identifier="XM-DAC-46012-PE-L1234")
    page.title = "Edited by an editor"
    page.save_revision()
    import_iati(SAMPLE, agency=site["idb"], space=site["idb_space"])
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Edited by an editor"


def test_a_file_with_problems_names_each_and_imports_nothing(coordination_site):
    site = coordination_site
    with pytest.raises(IatiImportError) as error:
        import_iati(BROKEN, agency=site["idb"], space=site["idb_space"])
    problems = "\n".join(error.value.problems)
    assert "Activity no. 1 has no iati-identifier." in problems
    assert "44000-P170001: unknown activity-status code '9'." in problems
    assert "44000-P170001: activity-date '2025-13-45' is not a date" in problems
    assert not ActivityPage.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<iati-activities><unclosed>", "not well-formed XML"),
        (b"<iati-organisations/>", "not an IATI activity file"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
            b"<iati-activities>&a;</iati-activities>",
            "not well-formed XML",
        ),
    ],
)
def test_what_is_not_iati_xml_is_refused_safely(data, message):
    with pytest.raises(IatiImportError, match=message):
        parse_iati(data)


def test_the_command_imports_and_reports(coordination_site):
    out = io.StringIO()
    call_command("import_iati", str(DATA / "idb-activities.xml"), agency="IDB", stdout=out)
    assert "2 created as drafts, 0 already imported, 1 skipped." in out.getvalue()
    with pytest.raises(CommandError, match="has no iati-identifier"):
        call_command("import_iati", str(DATA / "broken-activities.xml"), agency="IDB")
    with pytest.raises(CommandError, match="No agency has the acronym"):
        call_command("import_iati", str(DATA / "idb-activities.xml"), agency="XYZ")


def test_the_admin_upload_is_for_the_agency_editors(coordination_site, client):
    site = coordination_site
    url = reverse("coordination:import_iati")
    client.force_login(site["users"]["outsider"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(site["users"]["pm_wb"])  # a program manager, not an editor
    assert client.get(url).status_code in (302, 403)
    client.force_login(site["users"]["ed_idb"])
    response = client.post(
        url,
        {
            "agency": site["idb"].pk,
            "file": SimpleUploadedFile("idb.xml", SAMPLE, content_type="application/xml"),
        },
    )
    assert "2 created as drafts" in response.content.decode()
    refused = client.post(
        url,
        {"agency": site["oas"].pk, "file": SimpleUploadedFile("idb.xml", SAMPLE)},
    )
    assert "Select a valid choice" in refused.content.decode()
    broken = client.post(
        url, {"agency": site["idb"].pk, "file": SimpleUploadedFile("b.xml", BROKEN)}
    )
    assert "Nothing was imported." in broken.content.decode()
    assert ActivityPage.objects.count() == 2
