"""Shared loader for the benchmarks: the recorded job-board payloads + the written postings.

Postings come out as unsaved ``JobPosting`` objects (ids assigned here), normalized exactly
as ingestion does (connector ``parse_payload`` → ``RawPosting.normalize``).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data"
FIXTURES = ROOT / "tests" / "fixtures" / "job-boards"
NOW = datetime(2026, 11, 29, tzinfo=timezone.utc)


def _to_model(n, pid: int, key: str, posted_at: datetime | None):
    from careercopilot.models import JobPosting

    loc = n.location
    sal = n.salary
    return JobPosting(
        id=pid, source_type=n.source, ats_id=n.ats_id[:200], url=n.url[:2000] or f"https://example.invalid/{pid}",
        apply_url=n.apply_url, title=n.title[:500], company=n.company[:300] or "Unknown", company_key=n.company_key[:300],
        dedupe_key=n.dedupe_key[:800], location_text=loc.raw, city=loc.city, region=loc.region, country=loc.country,
        work_mode=loc.work_mode, allowed_regions=list(loc.allowed_regions),
        salary_min=sal.min_amount if sal else None, salary_max=sal.max_amount if sal else None,
        salary_currency=sal.currency if sal else None, pay_period=sal.period if sal else None,
        employment_type=n.employment_type, department=n.department, visa_sponsorship=n.visa.value,
        visa_evidence=getattr(n.visa, "evidence", None), description_html=n.description_html,
        description_text=n.description_text, tags=list(n.tags), content_hash=n.content_hash,
        posted_at=posted_at if posted_at is not None else n.posted_at, first_seen_at=NOW, last_seen_at=NOW, is_open=True,
    )


def load_postings(*, same_date: bool = True, include_set2: bool = False, include_set3: bool = False,
                  include_set4: bool = False) -> dict[str, object]:
    """key → JobPosting for every recorded + written posting (see data/match_labels.json keys).

    ``same_date``: give every posting the same posted_at (NOW − 7 days) so freshness is not
    a relevance signal in the quality benchmark. ``include_set2`` .. ``include_set4``: also
    the 120 postings of data/match_set{2,3,4}_postings.json (keys ``w2:``/``w3:``/``w4:`` +
    ats id), the blind-labeled later sets (see benchmarks/match_quality.py).
    """
    from careercopilot.connectors import REGISTRY
    from careercopilot.normalize.posting import normalize_posting

    when = NOW - timedelta(days=7) if same_date else None
    out: dict[str, object] = {}
    pid = 0
    for key, cls in REGISTRY.items():
        for f in sorted(FIXTURES.glob(f"{key}*")):
            tok = "acme/External" if key == "workday" else "demo"
            try:
                src = cls(token=tok) if cls.token_label else cls()
                raws = src.parse_payload(f.read_bytes())
            except Exception:  # noqa: BLE001 - fixture not meant for this parser
                continue
            for r in raws:
                try:
                    n = r.normalize(now=NOW)
                except Exception:  # noqa: BLE001
                    continue
                pid += 1
                out[f"rec:{f.stem}:{n.ats_id}"] = _to_model(n, pid, f"rec:{f.stem}:{n.ats_id}", when)
    for w in json.loads((DATA / "match_written_postings.json").read_text()):
        n = normalize_posting(source="written", ats_id=w["ats_id"], url=f"https://jobs.example.org/{w['ats_id']}",
                              title=w["title"], company=w["company"], location=w.get("location"),
                              description_html=w.get("description_html"), salary=w.get("salary"), now=NOW)
        pid += 1
        out[f"w:{w['ats_id']}"] = _to_model(n, pid, f"w:{w['ats_id']}", when)
    for wanted, prefix in ((include_set2, "w2"), (include_set3, "w3"), (include_set4, "w4")):
        if not wanted:
            continue
        for w in json.loads((DATA / f"match_set{prefix[1]}_postings.json").read_text()):
            n = normalize_posting(source="written", ats_id=w["ats_id"], url=f"https://jobs.example.org/{w['ats_id']}",
                                  title=w["title"], company=w["company"], location=w.get("location"),
                                  description_html=w.get("description_html"), salary=w.get("salary"), now=NOW)
            pid += 1
            out[f"{prefix}:{w['ats_id']}"] = _to_model(n, pid, f"{prefix}:{w['ats_id']}", when)
    return out


def posting_texts() -> list[str]:
    """Plain texts (title + description) of every posting, for synthesizing more."""
    return [f"{p.title}\n{p.company}\n{p.description_text}" for p in load_postings().values()]
