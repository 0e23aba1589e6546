"""Fixtures shared by the events tests."""

from tests.core.test_bad_input import spanish_editor  # noqa: F401
