"""The one rule of overlap (egecms.core.overlaps), on plain data: no database."""

import datetime

from egecms.core.overlaps import footprint, overlap_between, overlapping_pairs, overlaps_with

D = datetime.date


MARCH_1 = D(2027, 3, 1)


def mission(key, agency, *, country="PE", topics=(1,), start=MARCH_1, days=5):
    return footprint(
        key,
        agencies=[agency],
        countries=[country],
        topics=topics,
        start=start,
        end=start + datetime.timedelta(days=days),
    )


def test_same_country_shared_topic_overlapping_dates_overlap():
    overlap = overlap_between(
        mission(1, "IDB", topics=(1, 2)), mission(2, "OAS", topics=(2, 3), start=D(2027, 3, 4))
    )
    assert overlap is not None
    assert overlap.countries == {"PE"} and overlap.topics == {2} and overlap.days_apart == 0
    assert overlap.agencies == {"IDB", "OAS"}


def test_dates_apart_overlap_only_within_the_window():
    first = mission(1, "IDB")  # 1 to 6 March
    second = mission(2, "OAS", start=D(2027, 3, 27))  # 21 days after the 6th
    assert overlap_between(first, second) is None
    assert overlap_between(first, second, window_days=21).days_apart == 21
    assert overlap_between(first, second, window_days=20) is None


def test_another_country_another_topic_or_the_same_agency_is_no_overlap():
    first = mission(1, "IDB")
    assert overlap_between(first, mission(2, "OAS", country="BO")) is None
    assert overlap_between(first, mission(2, "OAS", topics=(9,))) is None
    assert overlap_between(first, mission(2, "IDB")) is None
    assert overlap_between(first, mission(2, "IDB"), different_agencies=False) is not None


def test_timeless_footprints_overlap_on_country_and_topic_alone():
    request = footprint("r", countries=["PE"], topics=[1, 2])
    service = footprint("s", agencies=["OAS"], countries=["PE", "BO"], topics=[2])
    elsewhere = footprint("x", agencies=["OAS"], countries=["BO"], topics=[2])
    found = overlaps_with(request, [request, service, elsewhere])
    assert [(match.second.key, match.topics) for match in found] == [("s", {2})]


def test_pairs_are_found_once_each_even_across_several_shared_countries():
    a = footprint("a", agencies=["IDB"], countries=["PE", "BO"], topics=[1])
    b = footprint("b", agencies=["OAS"], countries=["PE", "BO"], topics=[1])
    c = footprint("c", agencies=["WB"], countries=["CL"], topics=[1])
    pairs = overlapping_pairs([a, b, c])
    assert [(pair.first.key, pair.second.key) for pair in pairs] == [("a", "b")]
    assert pairs[0].countries == {"PE", "BO"}
