"""Helpers shared by test tiers (plain functions; fixtures wrap them in conftest files)."""
