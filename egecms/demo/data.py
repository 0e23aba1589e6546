"""The demo's data: the YAML files of ``data/``, each read once, and the repository's
``workspaces.yaml``, from which the demo takes who leads and who is a member of each work space
(so that the demo cannot say otherwise than the file the site is provisioned from)."""

from functools import cache
from pathlib import Path

import yaml

from egecms.workspaces.description import parse_description
from egecms.workspaces.management.commands.provision_workspaces import default_description_path

DATA_DIR = Path(__file__).resolve().parent / "data"

# libyaml's parser where PyYAML was built with it: several times faster than the pure-Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name):
    """The content of ``data/<name>.yaml``, shared by every caller (so never modified)."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python


def workspaces_file():
    """The ``workspaces.yaml`` the site is provisioned from (where ``provision_workspaces`` looks)."""
    return default_description_path()


def workspaces_description():
    """``workspaces.yaml`` parsed and checked: an ``egecms.workspaces.description.Description``."""
    path = workspaces_file()
    return parse_description(path.read_text(encoding="utf-8"), source=path.name)
