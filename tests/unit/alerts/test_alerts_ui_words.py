"""What the saved-search UI says (trial findings 5, 8, 9, 27): the delivery menus show human
labels (never the raw ``in_app``), the Jobs save form says which search it saves, a search
without text reads as such, counts are pluralised."""

from __future__ import annotations

import json

import pytest

from careercopilot.components.common import labelled_select
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state.alerts import DELIVERY_CHOICES


def _rendered(component) -> str:
    """The rendered tree as text, quotes unescaped (``contents`` hold JS string literals)."""
    return json.dumps(component.render(), default=str).replace('\\"', '"')


def _raw_values_shown(out: str, value: str) -> int:
    """How often ``value`` appears other than as an item's ``value:"…"`` prop."""
    return out.count(f'"{value}"') - out.count(f'value:"{value}"')


def test_delivery_menus_show_labels_and_post_values():
    out = _rendered(labelled_select(list(DELIVERY_CHOICES), label="Delivery", name="delivery"))
    for value, label in DELIVERY_CHOICES:
        assert f'"{label}"' in out and f'value:"{value}"' in out
    assert _raw_values_shown(out, "in_app") == 0  # the raw value is never a visible text node
    assert dict(DELIVERY_CHOICES)["in_app"] == "In the app only"


def test_both_delivery_menus_use_the_labels():
    from careercopilot.views import alerts as views

    form = _rendered(views.save_search_section())
    assert '"In the app only"' in form and '"Saves the search shown in the list: "' in form
    row = _rendered(views._search_row({"id": "1", "name": "n", "what": "w", "delivery": "in_app", "active": "1",
                                       "deleted": "", "href": "/jobs"}))
    assert '"In the app only"' in row and _raw_values_shown(row, "in_app") == 0


@pytest.mark.parametrize(("query", "filters", "text"), [
    ("nurse", {"work_mode": "onsite", "country": "", "source": "any"}, "“nurse” · work mode: onsite"),
    ("  night   nurse ", {}, "“night nurse”"),
    ("", {"visa_only": "on"}, "Every new posting (no search text) · visa only: on"),
])
def test_describe_says_what_a_search_finds(query, filters, text):
    assert ss.describe(query, filters) == text
