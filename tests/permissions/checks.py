"""The matrix check shared by the test modules (split so two workers run it side by side)."""

from .expected import EXPECTED
from .matrix import OBJECTS, format_table, parse_table, run_role
from .views import VIEWS


def check_role(world, role):
    expected = parse_table(EXPECTED)
    outcomes = run_role(world, role)
    wrong = [
        f"{view} on {name}: expected {expected[(role, view, name)]}, got {outcome}"
        for (view, name), outcome in outcomes.items()
        if expected.get((role, view, name)) != outcome
    ]
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def check_table_is_complete():
    expected = parse_table(EXPECTED)
    cells = {(view.name, name) for view in VIEWS for name in OBJECTS}
    rows = {(view, name) for (_role, view, name) in expected}
    assert rows == cells, (sorted(cells - rows), sorted(rows - cells))


__all__ = ["check_role", "check_table_is_complete", "format_table"]
