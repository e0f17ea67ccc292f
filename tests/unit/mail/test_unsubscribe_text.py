"""The plain-text part of every topic mail carries its unsubscribe link, as the HTML part does.

The in-app Outbox shows a message's TEXT part only (services/mail/outbox.py), so on the embedded
default a digest or saved-search alert without the link in its text could not be unsubscribed
from where the user reads it (issue 13: "open the digest in the outbox, unsubscribe with one
click"). Found by tests/e2e/test_alerts_journey.py.
"""

from __future__ import annotations

import pytest

from careercopilot.services.mail import compose

URL = "https://cc.example.org/unsubscribe/TOKEN-123"
ITEM = {"title": "Senior Quokka Engineer", "company": "Acme", "location": "Remote", "score_text": "",
        "url": "https://cc.example.org/jobs/1"}
CONTEXTS = {
    "digest": {"cadence": "daily", "period": "2026-12-04", "groups": [("Quokka roles", [ITEM])], "more": 0,
               "count": 1, "alerts_url": "/alerts"},
    "search_alert": {"search_name": "Quokka roles", "items": [ITEM], "more": 0, "count": 1,
                     "search_url": "/jobs?q=quokka"},
}


@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_text_and_html_parts_carry_the_unsubscribe_link(template):
    out = compose.render(template, {**CONTEXTS[template], "app_url": "https://cc.example.org", "unsubscribe_url": URL})
    assert URL in out.text
    assert f'href="{URL}"' in out.html
    assert "Senior Quokka Engineer" in out.text


@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_no_unsubscribe_line_without_a_topic(template):
    out = compose.render(template, {**CONTEXTS[template], "app_url": "https://cc.example.org", "unsubscribe_url": None})
    assert "nsubscribe" not in out.text
