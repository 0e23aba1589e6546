"""Signals other apps may connect to (never imported by the core)."""

from django.dispatch import Signal

#: Sent with ``agency=`` (canonical row) and ``decision=`` when a consensus decision admits a
#: prospective organisation as a member.
member_admitted = Signal()
