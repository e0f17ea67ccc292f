"""/api/v1 with real matching on PostgreSQL: a resume uploaded through the API (multipart,
parsed in the sandbox) ranks the postings — real model, real Chroma index — and a posting's
detail carries the match explanation; versions can be switched."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import matching
from tests.support import tracker_data

CV = ("Jordan Example — Backend Software Engineer, Berlin.\n"
      "Experience: 2019–2026 Senior Backend Engineer at Example GmbH. Built REST APIs in Python and Go on "
      "PostgreSQL, Redis, Docker and Kubernetes on AWS; led the migration of payment services to event-driven "
      "design; mentored four engineers.\n"
      "Skills: Python, Go, PostgreSQL, Redis, Docker, Kubernetes, AWS, REST, SQL.\n"
      "Education: BSc Computer Science, 2015.")
CV2 = CV.replace("Senior Backend Engineer", "Staff Backend Engineer").replace("four engineers", "six engineers")


@pytest.fixture
def index(tmp_path):
    from careercopilot.integrations import embeddings, vectors

    embeddings.get_model()
    idx = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    vectors.set_index(idx)
    yield idx
    vectors.set_index(None)


@pytest.mark.timeout(600)
def test_upload_rank_explain_and_activate(client, make_account, index):
    acct = make_account()
    h = acct.headers
    with session_scope() as s:
        backend = tracker_data.make_posting(s, title="Backend Engineer", company="Acme",
                                            text="We hire a backend engineer. Requirements: Python, PostgreSQL, "
                                                 "Docker. Nice to have: Kafka.").id
        nurse = tracker_data.make_posting(s, title="Registered Nurse", company="Clinic", work_mode="onsite",
                                          text="Patient care in the ICU. Requirements: RN license, BLS.").id
    with session_scope() as s:
        matching.index_open_postings(session=s, index=index)

    r = client.post("/api/v1/resumes", headers=h, files={"file": ("cv.txt", CV.encode(), "text/plain")})
    assert r.status_code == 201, r.text
    first = r.json()["resume"]
    assert first["is_active"] and first["version"] == 1 and "python" in [x.lower() for x in first["skills"]]
    assert r.headers["location"] == f"/api/v1/resumes/{first['id']}"
    again = client.post("/api/v1/resumes", headers=h, files={"file": ("same.txt", CV.encode(), "text/plain")})
    assert again.status_code == 200 and again.json()["duplicate"] and again.json()["resume"]["id"] == first["id"]

    page = client.get("/api/v1/postings", headers=h, params={"limit": 50}).json()
    assert page["ranked"] is True
    ids = [p["posting_id"] for p in page["items"]]
    assert ids.index(backend) < ids.index(nurse)
    top = page["items"][ids.index(backend)]
    assert isinstance(top["score"], int) and 0 <= top["score"] <= 100

    detail = client.get(f"/api/v1/postings/{backend}", headers=h).json()
    match = detail["match"]
    assert detail["posting"]["title"] == "Backend Engineer"
    assert 0 <= match["score"] <= 100 and match["weights"] and match["checks"] is not None
    # The explanation's steps reproduce the score (trial: components 31, shown 75).
    steps = match["steps"]
    known = {k: match[k] for k in match["weights"] if match[k] is not None}
    assert steps["weighted"] == pytest.approx(100 * sum(known[k] * steps["weights"][k] for k in known), abs=1e-9)
    assert steps["penalized"] == pytest.approx(steps["weighted"] * match["penalty"], abs=1e-9)
    assert steps["calibrated"] == pytest.approx(matching.calibrate(steps["penalized"]), abs=1e-9)
    assert steps["score"] == match["score"] == round(
        matching.in_band(steps["calibrated"], match["occupation_relation"], match["penalty"], steps["skill_gap"]),
        matching.SCORE_DIGITS)
    assert {"python", "postgresql"} <= {s["skill"].lower() for s in match["matched_skills"]}
    assert any("kafka" in s["skill"].lower() for s in match["missing_skills"])

    found = client.get("/api/v1/postings", headers=h, params={"q": "nurse intensive care"}).json()
    assert found["items"] and found["items"][0]["posting_id"] == nurse

    second = client.post("/api/v1/resumes", headers=h, files={"file": ("cv2.txt", CV2.encode(), "text/plain")})
    assert second.status_code == 201 and second.json()["resume"]["version"] == 2
    listed = client.get("/api/v1/resumes", headers=h).json()
    assert [(x["version"], x["is_active"]) for x in listed] == [(2, True), (1, False)]
    r = client.post(f"/api/v1/resumes/{first['id']}/activate", headers=h)
    assert r.status_code == 200 and r.json()["is_active"]
    assert client.get(f"/api/v1/resumes/{first['id']}", headers=h).json()["text"].startswith("Jordan Example")
    bad = client.post("/api/v1/resumes", headers=h, files={"file": ("x.txt", b"too short", "text/plain")})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
