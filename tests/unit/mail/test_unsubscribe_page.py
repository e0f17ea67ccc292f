"""The /unsubscribe/<token> page (trial finding 12): styled like the app, readable topic names
(never ``search_alert``), and once unsubscribed it says so instead of asking again. Real HTTP
routes (FastAPI TestClient) on a SQLite database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from careercopilot import api
from careercopilot.config import settings
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services.mail.sendlog import unsubscribe_url

BASE = "http://localhost:3000"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setattr(settings, "app_url", BASE)
    with TestClient(api.app, base_url=BASE, follow_redirects=False) as c:
        yield c


def _user() -> int:
    with session_scope() as s:
        u = User(email="unsub@example.com")
        s.add(u)
        s.flush()
        return int(u.id)


@pytest.mark.parametrize(("topic", "name"), [("search_alert", "saved-search alerts"), ("digest", "job digests"),
                                             ("reminder_due", "follow-up reminders"),
                                             ("sync_finished", "sync finished")])
def test_the_page_names_the_topic_in_words_and_is_styled(client, topic, name):
    path = unsubscribe_url(_user(), topic)[len(BASE):]
    page = client.get(path)
    assert page.status_code == 200
    assert f"Stop receiving {name} by email?" in page.text
    assert f"“{topic}”" not in page.text and (topic == "digest" or topic not in page.text.replace(path, ""))
    assert "<style>" in page.text and 'name="viewport" content="width=device-width, initial-scale=1"' in page.text
    assert "min-height:44px" in page.text


def test_after_unsubscribing_the_link_says_so_instead_of_asking_again(client):
    path = unsubscribe_url(_user(), "search_alert")[len(BASE):]
    assert 'id="unsubscribe-confirm"' in client.get(path).text
    done = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "no longer receive saved-search alerts" in done.text
    again = client.get(path)
    assert again.status_code == 200 and 'id="unsubscribe-confirm"' not in again.text
    assert "You no longer receive saved-search alerts by email" in again.text and "Settings → Notifications" in again.text
