"""Fixtures shared by the events tests."""
