"""Reading workspaces.yaml: every mistake is refused with the line it is on."""

from pathlib import Path

import pytest

from egecms.workspaces.description import DescriptionError, parse_description

REPO_FILE = Path(__file__).resolve().parents[2] / "workspaces.yaml"

GOOD = """\
locales: [en, es]
agencies:
  IDB: {name: Inter-American Development Bank, status: member}
  OAS: {name: Organization of American States}
clusters:
  skills:
    lead: [IDB]
    members: [OAS]
issue_areas:
  skills-area:
    lead: [OAS, IDB]
"""


def test_the_repository_description_is_valid():
    description = parse_description(REPO_FILE.read_text())
    assert description.default_locale == "en"
    assert set(description.agencies) == {"DG", "IDB", "OAS", "UNDESA", "WB", "ICA", "ECLAC"}
    assert {spec.kind for spec in description.workspaces} == {"cluster", "issue_area"}
    assert len([s for s in description.workspaces if s.kind == "cluster"]) == 5


def test_a_good_description_is_read_with_its_lines():
    description = parse_description(GOOD)
    assert description.locales == ("en", "es")
    assert description.agencies["OAS"].status == "member"
    cluster, issue_area = description.workspaces
    assert (cluster.slug, cluster.leads, cluster.members, cluster.line) == (
        "skills",
        ("IDB",),
        ("OAS",),
        6,
    )
    assert issue_area.leads == ("OAS", "IDB")


@pytest.mark.parametrize(
    "text,line,message",
    [
        (GOOD.replace("lead: [IDB]", "lead: [UNDP]"), 7, "unknown agency 'UNDP'"),
        (GOOD.replace("    lead: [IDB]\n", ""), 6, "cluster 'skills' has no lead agency"),
        (GOOD.replace("lead: [IDB]", "lead: []"), 6, "has no lead agency"),
        (GOOD.replace("lead: [OAS, IDB]", "lead: [OAS, IDB, OAS]"), 11, "names 'OAS' twice"),
        (GOOD.replace("members: [OAS]", "members: [IDB]"), 8, "IDB as lead and as member"),
        (GOOD.replace("status: member", "status: observer"), 3, "use member or prospective"),
        (GOOD.replace("clusters:", "clustres:"), 5, "unknown section 'clustres'"),
        (GOOD.replace("  skills:\n", "  skills:\n    owner: IDB\n"), 7, "unknown field(s): owner"),
        (GOOD.replace("[en, es]", "[en, de]"), 1, "unknown language 'de'"),
        (GOOD.replace("lead: [IDB]\n    members", "lead: [IDB\n    members"), 8, "not valid YAML"),
    ],
)
def test_mistakes_are_refused_naming_their_line(text, line, message):
    with pytest.raises(DescriptionError) as caught:
        parse_description(text, known_locales=["en", "es", "pt", "fr"])
    assert caught.value.line == line
    assert message in str(caught.value)
    assert f"workspaces.yaml, line {line}:" in str(caught.value)


def test_four_lead_agencies_are_refused():
    text = (
        GOOD.replace(
            "  OAS: {name: Organization of American States}\n",
            "  OAS: {name: OAS}\n  WB: {name: WB}\n  DG: {name: DG}\n",
        )
        .replace("lead: [IDB]", "lead: [IDB, OAS, WB, DG]")
        .replace("members: [OAS]", "members: []")
    )
    with pytest.raises(DescriptionError, match="at most 3"):
        parse_description(text)
