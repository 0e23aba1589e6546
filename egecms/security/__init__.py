"""Hardening that is no app of its own: the login lockout page, the content security policy."""
