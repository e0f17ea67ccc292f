"""API bodies take money as people write it, through the one parser of every form
(``normalize.salary_input``): "$120k+" was refused by Preferences and the application page."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careercopilot.apiv1.schemas import ApplicationUpdate, PreferencesIn
from careercopilot.apiv1.schemas_more import SearchFilters


@pytest.mark.parametrize("typed", ["$120k+", "at least 120k", "USD 120k", "120 000 €", "$60/hr", "120-140k", 120000, 0])
def test_money_text_and_numbers_are_accepted(typed):
    assert PreferencesIn(salary_floor=typed).salary_floor == typed
    assert ApplicationUpdate(salary_expectation=typed).salary_expectation == typed
    if isinstance(typed, str):
        assert SearchFilters(salary_floor=typed).salary_floor == typed


@pytest.mark.parametrize("typed", ["lots", "negotiable", "2026-12-10", -5, 2e9])
def test_what_is_not_money_is_a_clear_422(typed):
    with pytest.raises(ValidationError, match="amount"):
        PreferencesIn(salary_floor=typed)
    with pytest.raises(ValidationError, match="amount"):
        ApplicationUpdate(salary_expectation=typed)
