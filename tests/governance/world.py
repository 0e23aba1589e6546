"""The governance world: five member organisations and a prospective one, provisioned, their
program managers on the PMT and senior officials on the Task Force, one user each."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from egecms.core.models import Agency
from egecms.workspaces import roles
from egecms.workspaces.description import parse_description
from egecms.workspaces.provisioning import ProvisionWorkspaces
from governance.models import Body, Meeting, Membership

DESCRIPTION = """\
locales: [en, es, pt, fr]
agencies:
  DG: {name: Development Gateway Foundation}
  IDB: {name: Inter-American Development Bank}
  OAS: {name: Organization of American States}
  UNDESA: {name: UN DESA, acronym: UN DESA}
  WB: {name: World Bank}
  ICA: {name: Institute for Connectivity in the Americas, status: prospective}
"""
MEMBERS = ("DG", "IDB", "OAS", "UN DESA", "WB")
TERM_START = datetime.date(2025, 1, 1)


@dataclass
class GovernanceWorld:
    agencies: dict = field(default_factory=dict)  # acronym -> Agency
    managers: dict = field(default_factory=dict)  # acronym -> PMT Membership
    representatives: dict = field(default_factory=dict)  # acronym -> Task Force Membership
    users: dict = field(default_factory=dict)  # name -> User
    pmt: Body = None
    task_force: Body = None


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


def build_governance_world():
    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    world = GovernanceWorld()
    User = get_user_model()
    world.pmt = Body.objects.create(kind=Body.Kind.PMT, started_on=TERM_START)
    world.task_force = Body.objects.create(kind=Body.Kind.TASK_FORCE, started_on=TERM_START)
    for agency in Agency.objects.filter(locale__language_code="en"):
        world.agencies[agency.acronym] = agency
    for acronym in (*MEMBERS, "ICA"):
        agency = world.agencies[acronym]
        slug = acronym.lower().replace(" ", "")
        manager = User.objects.create_user(f"{slug}-pm", f"{slug}-pm@example.org", "pw")
        manager.groups.add(Group.objects.get(name=roles.program_managers_group(agency)))
        senior = User.objects.create_user(f"{slug}-tf", f"{slug}-tf@example.org", "pw")
        senior.groups.add(Group.objects.get(name=roles.editors_group(agency)))
        world.users[f"{slug}-pm"] = manager
        world.users[f"{slug}-tf"] = senior
        if acronym in MEMBERS:
            world.managers[acronym] = Membership.objects.create(
                body=world.pmt,
                user=manager,
                agency=agency,
                role=Membership.Role.MANAGER,
                term_start=TERM_START,
            )
            world.representatives[acronym] = Membership.objects.create(
                body=world.task_force,
                user=senior,
                agency=agency,
                role=Membership.Role.REPRESENTATIVE,
                term_start=TERM_START,
            )
    board = User.objects.create_user("board", "board@example.org", "pw")
    board.groups.add(Group.objects.get(name=roles.EDITORIAL_BOARD))
    world.users["board"] = board
    return world


def new_meeting(body, *args, **fields):
    return Meeting.objects.create(body=body, starts_at=aware(*args), **fields)
