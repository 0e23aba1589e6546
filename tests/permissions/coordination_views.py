"""The admin views of the coordination app, as the permission matrix calls them.

Missions are not pages: each cell creates one (rolled back after it) of the agency of the
object's space — "own" (IDB's space) a mission of IDB, "area" (OAS's issue area) one of OAS;
the other objects do not apply. Every member agency sees every mission; only its own agency
changes or deletes it; nobody else sees any. An overlap flag ("own": IDB's and OAS's missions
to Peru) is for the program managers of its agencies, the editorial board and superusers; only
those program managers join its joint mission; they, the board and superusers close it (with a
reason) and reopen it. The IATI upload is for the editors of an agency with a space.
"""

import datetime

from django.urls import reverse

from coordination.detection import detect_mission_overlaps
from coordination.models import Mission, OverlapFlag
from egecms.core.models import Agency, Topic

from .view import View

AGENCY_OF = {"own": "agency_idb", "area": "agency_oas"}  # object -> the agency in world.tree
CITIES = "MARKER-mission-cities-q7"
HIDDEN = (302, 403, 404)


def _agency(world, key):
    return Agency.objects.get(pk=world.tree.pages[key].pk)


def _topic():
    return Topic.objects.get_or_create(
        slug="matrix-topic", locale_id=Agency.objects.first().locale_id, defaults={"name": "M"}
    )[0]


def _new_mission(world, agency_key, *, cities=CITIES):
    mission = Mission.objects.create(
        agency=_agency(world, agency_key),
        country="PE",
        cities=cities,
        start_date=datetime.date(2099, 3, 1),
        end_date=datetime.date(2099, 3, 5),
        purpose="A mission of the matrix",
    )
    mission.topics.set([_topic()])
    return mission


def _on_mission(act):
    def run(client, world, name):
        if name not in AGENCY_OF:
            return None, None
        return act(client, world, name, _new_mission(world, AGENCY_OF[name]))

    return run


def _get(url_name, *, with_pk=True):
    def act(client, world, name, mission):
        args = [mission.pk] if with_pk else []
        return client.get(reverse(f"coordination_missions:{url_name}", args=args)), None

    return _on_mission(act)


@_on_mission
def delete_mission(client, world, name, mission):
    response = client.post(reverse("coordination_missions:delete", args=[mission.pk]))
    return response, not Mission.objects.filter(pk=mission.pk).exists()


@_on_mission
def add_mission(client, world, name, mission):
    """A new mission for the object's agency (the form offers the user's own agencies)."""
    response = client.post(
        reverse("coordination_missions:add"),
        {
            "agency": mission.agency_id,
            "country": "BO",
            "cities": "La Paz",
            "start_date": "2099-05-01",
            "end_date": "2099-05-03",
            "purpose": "Added by the matrix",
            "topics": [_topic().pk],
            "open_to_joint_participation": "on",
        },
    )
    return response, Mission.objects.filter(purpose="Added by the matrix").exists()


def _flag(world):
    _new_mission(world, "agency_idb", cities="Lima")
    _new_mission(world, "agency_oas", cities="Cusco")
    [flag] = detect_mission_overlaps(today=datetime.date(2099, 1, 1))
    return flag


def _on_flag(act):
    def run(client, world, name):
        if name != "own":
            return None, None
        return act(client, world, _flag(world))

    return run


@_on_flag
def flags(client, world, flag):
    return client.get(reverse("coordination:flags")), None


@_on_flag
def flag_page(client, world, flag):
    return client.get(reverse("coordination:flag", args=[flag.pk])), None


@_on_flag
def join_flag(client, world, flag):
    response = client.post(reverse("coordination:flag", args=[flag.pk]))
    return response, OverlapFlag.objects.filter(pk=flag.pk, participants__isnull=False).exists()


@_on_flag
def close_flag(client, world, flag):
    response = client.post(
        reverse("coordination:flag_close", args=[flag.pk]), {"reason": "not_a_duplicate"}
    )
    return response, OverlapFlag.objects.filter(pk=flag.pk, status="closed").exists()


@_on_flag
def reopen_flag(client, world, flag):
    OverlapFlag.objects.filter(pk=flag.pk).update(status="closed", close_reason="other")
    response = client.post(reverse("coordination:flag_reopen", args=[flag.pk]))
    return response, OverlapFlag.objects.filter(pk=flag.pk, status="open").exists()


def import_iati(client, world, name):
    if name != "own":
        return None, None
    return client.get(reverse("coordination:import_iati")), None


def _cities(world, name):
    return CITIES


def _mission_view(name, kind, url_name, run, **options):
    return View(
        name,
        kind,
        (f"coordination_missions:{url_name}",),
        run,
        evidence=options.pop("evidence", _cities),
        denied_statuses=options.pop("denied_statuses", HIDDEN),
    )


COORDINATION_VIEWS = [
    _mission_view("missions", "listing", "index", _get("index", with_pk=False)),
    _mission_view(
        "missions_results", "listing", "index_results", _get("index_results", with_pk=False)
    ),
    _mission_view("mission", "read", "inspect", _get("inspect")),
    _mission_view("mission_edit", "read", "edit", _get("edit")),
    _mission_view(
        "mission_history", "read", "history", _get("history"), evidence=lambda w, n: "History"
    ),  # fmt: skip
    _mission_view("mission_usage", "read", "usage", _get("usage"), evidence=lambda w, n: "Usage"),
    _mission_view("mission_delete", "action", "delete", delete_mission),
    # An invalid form (another agency's mission) answers 200 without the effect: denied.
    _mission_view(
        "mission_add",
        "action",
        "add",
        add_mission,
        evidence=lambda w, n: "MARKER-none",
        denied_statuses=(200, *HIDDEN),
    ),
    View(
        "overlaps",
        "listing",
        ("coordination:flags",),
        flags,
        evidence=lambda w, n: "Peru",
        denied_statuses=HIDDEN,
    ),  # fmt: skip
    View(
        "overlap",
        "read",
        ("coordination:flag",),
        flag_page,
        evidence=lambda w, n: "Peru",
        denied_statuses=HIDDEN,
    ),  # fmt: skip
    View(
        "overlap_join",
        "action",
        ("coordination:flag",),
        join_flag,
        denied_statuses=HIDDEN,
        evidence=lambda w, n: "MARKER-none",
    ),  # fmt: skip
    View(
        "overlap_close",
        "action",
        ("coordination:flag_close",),
        close_flag,
        denied_statuses=HIDDEN,
        evidence=lambda w, n: "MARKER-none",
    ),  # fmt: skip
    View(
        "overlap_reopen",
        "action",
        ("coordination:flag_reopen",),
        reopen_flag,
        denied_statuses=HIDDEN,
        evidence=lambda w, n: "MARKER-none",
    ),  # fmt: skip
    View(
        "iati_import",
        "read",
        ("coordination:import_iati",),
        import_iati,
        evidence=lambda w, n: "IATI activity file",
        denied_statuses=HIDDEN,
    ),  # fmt: skip
]
