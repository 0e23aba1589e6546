"""How pytest-xdist hands the suite to its workers (see ``pytest_xdist_make_scheduler``)."""

from xdist.scheduler import LoadScopeScheduling

# Modules whose tests use a world too costly to build twice (the whole demo): one worker runs
# them all, so the world is built once. Any other module is a unit of its own.
SHARED_WORLD_MODULES = {
    "tests/demo/test_load_demo.py": "demo",
    "tests/a11y/test_axe.py": "demo",
    "tests/events/test_ical_clients.py": "demo",
    "tests/a11y/test_html_validity.py": "demo",
    "tests/security/test_fuzz_public_inputs.py": "demo",
    "tests/security/test_injection_in_browser.py": "demo",
    "tests/a11y/test_lighthouse.py": "demo",
    "tests/governance/test_demo.py": "demo",
}


class ModulesAndSharedWorlds(LoadScopeScheduling):
    """``--dist loadfile``, with the modules of one shared world as a single unit."""

    def _split_scope(self, nodeid):
        module = nodeid.split("::", 1)[0]
        return SHARED_WORLD_MODULES.get(module, module)
