"""normalize_all in worker processes gives the same postings, order and skips as in-process."""

from datetime import UTC, datetime, timezone
from pathlib import Path

from careercopilot.config import settings
from careercopilot.connectors import get_source
from careercopilot.services import ingest_normalize

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "job-boards"
NOW = datetime(2026, 9, 18, 12, 0, tzinfo=UTC)


def _raws():
    raws = []
    for key, name, token in [("greenhouse", "greenhouse.json", "vercel"), ("lever", "lever.json", "spotify"),
                             ("remoteok", "remoteok.json", None), ("jobicy", "jobicy.json", None),
                             ("recruitee", "recruitee.json", "channable"), ("ashby", "ashby.json", "linear")]:
        raws += get_source(key, token=token).parse_payload((FIXTURES / name).read_bytes())
    out = []
    for i in range(60):
        r = raws[i % len(raws)]
        out.append(r.model_copy(update={"ats_id": f"{r.ats_id}-{i}", "title": "  " if i % 13 == 0 else f"{r.title} {i}"}))
    return out


def test_parallel_equals_in_process(monkeypatch):
    raws = _raws()
    monkeypatch.setattr(settings, "ingest_parallel_min_postings", 10)
    parallel, skipped_p = ingest_normalize.normalize_all(raws, now=NOW, quiet=True, workers=2)
    serial, skipped_s = ingest_normalize.normalize_all(raws, now=NOW, quiet=True, workers=1)
    assert skipped_p == skipped_s == 5  # blank titles are refused on both paths
    assert [p.model_dump() for p in parallel] == [p.model_dump() for p in serial]
    assert len(serial) == 55


def test_small_batches_stay_in_process(monkeypatch):
    calls = []
    monkeypatch.setattr(ingest_normalize, "_normalize_parallel", lambda *a, **k: calls.append(1) or [])
    ingest_normalize.normalize_all(_raws()[:5], now=NOW, quiet=True, workers=2)
    assert calls == []
