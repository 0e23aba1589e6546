"""How long a lockout lasts, as the lockout pages say it."""

import math


def lockout_minutes(cool_off):
    """Whole minutes of a cool-off period, rounded up, at least one."""
    return max(1, math.ceil(cool_off.total_seconds() / 60)) if cool_off else 0
