"""The permission matrix, for anonymous visitors and the agencies' editors and managers."""

import pytest

from .checks import check_role, check_table_is_complete


def test_the_table_has_a_row_for_every_view_and_object():
    check_table_is_complete()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anon", "idb-ed", "idb-pm", "oas-ed"])
def test_permission_matrix(permission_world, role):
    check_role(permission_world, role)
