"""The permission matrix, for a prospective agency, the board, a translator and a superuser."""

import pytest

from .checks import check_role


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["ica-ed", "board", "tr-pt", "super"])
def test_permission_matrix(permission_world, role):
    check_role(permission_world, role)
