"""The demo's data: the YAML files of ``data/``, each read once."""

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"

# libyaml's parser where PyYAML was built with it: several times faster than the pure-Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name):
    """The content of ``data/<name>.yaml``, shared by every caller (so never modified)."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python
