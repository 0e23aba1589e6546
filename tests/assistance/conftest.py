"""Requests are matched against a menu of services: the services tests' fixture."""

from tests.services.conftest import menu  # noqa: F401
