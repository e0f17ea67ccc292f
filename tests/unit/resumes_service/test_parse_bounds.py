"""Bounds of a resume's field and skill reading and of a user's parses at once (issue 11,
attack102 item 2).

Old code: the whole text (up to 200,000 characters) was read for fields and skills — a skill
named only past the first 50,000 characters was found — and ``ratelimit.at_once`` did not exist.
"""

from __future__ import annotations

import threading
import time

import pytest

from careercopilot.services import ratelimit, resumes


def test_fields_and_skills_read_the_first_max_parse_chars(monkeypatch):
    seen: list[int] = []
    real_fields, real_skills = resumes.parse_resume_fields, resumes.extract_resume_skills
    monkeypatch.setattr(resumes, "parse_resume_fields", lambda t: seen.append(len(t)) or real_fields(t))
    monkeypatch.setattr(resumes, "extract_resume_skills", lambda t: seen.append(len(t)) or real_skills(t))
    head = "Jane Doe\njane@example.com\nSkills: Python, PostgreSQL\n"
    text = head + ("Maintained internal tools for the team. " * 2000)[: resumes.MAX_PARSE_CHARS] + "\nSkills: Kubernetes\n"
    assert len(text) > resumes.MAX_PARSE_CHARS
    fields, skills = resumes.parse_text(text)
    assert seen and max(seen) <= resumes.MAX_PARSE_CHARS
    assert "Python" in skills and "Kubernetes" not in skills
    assert fields.get("email") == "jane@example.com"


def test_at_once_counts_in_and_out():
    ratelimit.reset()
    with ratelimit.at_once("t-parse", "7", limit=2, window_seconds=60):
        with ratelimit.at_once("t-parse", "7", limit=2, window_seconds=60):
            with pytest.raises(ratelimit.RateLimited) as exc:
                with ratelimit.at_once("t-parse", "7", limit=2, window_seconds=60):
                    pass
            assert exc.value.retry_after >= 1
            with ratelimit.at_once("t-parse", "8", limit=2, window_seconds=60):  # another user
                pass
        with ratelimit.at_once("t-parse", "7", limit=2, window_seconds=60):  # a slot came back
            pass
    assert ratelimit.used("t-parse", "7", window_seconds=60) == 0


def test_a_failed_parse_gives_its_slot_back():
    ratelimit.reset()
    for _ in range(3):
        with pytest.raises(ValueError), ratelimit.at_once("t-parse", "9", limit=1, window_seconds=60):
            raise ValueError("unreadable")
    assert ratelimit.used("t-parse", "9", window_seconds=60) == 0


def test_a_waiting_caller_gets_the_slot_freed_meanwhile():
    ratelimit.reset()
    held = ratelimit.at_once("t-parse", "5", limit=1, window_seconds=60)
    held.__enter__()
    threading.Timer(0.3, held.__exit__, (None, None, None)).start()
    t0 = time.monotonic()
    with ratelimit.at_once("t-parse", "5", limit=1, window_seconds=60, wait_seconds=5):
        waited = time.monotonic() - t0
    assert 0.2 <= waited < 4
    with pytest.raises(ratelimit.RateLimited), ratelimit.at_once("t-parse", "5", limit=0, window_seconds=60,
                                                                 wait_seconds=0.2):
        pass
