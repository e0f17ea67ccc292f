"""Cost of one sync that changes 100 postings, at a corpus of 1,000 and of 100,000 (issue 9, finding 16).

Setting (``_scale``: templates cached under ``benchmarks/.cache``, copied per run): the
corpus is already ingested and indexed, 200 users have resumes and stored scores (the 400
postings nearest to their resume). One source ("Acme", 300 postings, synced and indexed for
real first) then syncs a feed that changes 100 postings: 60 edited, 20 new, 20 gone. A
warm-up sync of another 100 changes runs first (a running worker has its model, resume
embeddings and index cache loaded), then the measured one:

* ``store`` — the storing part of ``ingest_sync.sync_source`` (upsert + close the missing);
* ``index`` — ``matching.index_open_postings`` (reads only the flagged postings, embeds the
  80 new/edited ones with the real model, removes the 20 gone);
* ``rescore`` — ``matching.rescore_changed_postings`` (the 100 changed postings × 200 users).

Prints, per backend (PostgreSQL, SQLite) and size: SQL statements (SQLAlchemy
``before_cursor_execute``, an executemany counts once) and wall time per step, then the
ratios 100,000 / 1,000. Target: ≤ 1.2 × for statements and time.

    .venv/bin/python benchmarks/sync_cost.py                      # both backends, 1,000 and 100,000
    .venv/bin/python benchmarks/sync_cost.py --backend sqlite --sizes 1000,20000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import _scale

SOURCE_SIZE = 300
EDITED, NEW, GONE = 60, 20, 20


def _feed(ats_ids, *, version: int, edited: set[int], texts: list[str]):
    from careercopilot.normalize.posting import normalize_posting

    now = _scale.NOW + timedelta(hours=version)
    out = []
    for a in ats_ids:
        title, _, body = texts[a % len(texts)].partition("\n")
        extra = f" Revised requirements (v{version}): Rust and gRPC a plus." if a in edited else ""
        out.append(normalize_posting(
            source="greenhouse", ats_id=f"acme-{a}", url=f"https://boards.example.com/acme/{a}", title=title,
            company="Acme", location=["Berlin, Germany", "Remote", "New York, NY"][a % 3],
            description_html="".join(f"<p>{p}.</p>" for p in (body + extra).split(". ") if p), now=now))
    return out


def _sync(engine, index, source_id: int, feed, now: datetime) -> dict:
    from sqlmodel import Session

    from careercopilot.services import ingest, ingest_closing, matching
    from tests.support.scale_corpus import count_statements

    out = {}
    with count_statements(engine) as c:
        t0 = time.perf_counter()
        with Session(engine) as s:
            stats = ingest.upsert_postings(session=s, source_id=source_id, postings=feed, now=now)
            gone = ingest_closing.missing_open_postings(session=s, source_id=source_id, seen_ats_ids=stats.seen_ats_ids)
            ingest_closing.close_postings(session=s, posting_ids=gone, now=now)
            s.commit()
        out["store"] = (c.count, time.perf_counter() - t0)
        n0, t0 = c.count, time.perf_counter()
        with Session(engine) as s:
            counts = matching.index_open_postings(session=s, index=index)
            s.commit()
        out["index"] = (c.count - n0, time.perf_counter() - t0)
        n0, t0 = c.count, time.perf_counter()
        with Session(engine) as s:
            rescored = matching.rescore_changed_postings(session=s, index=index, now=now)
            s.commit()
        out["rescore"] = (c.count - n0, time.perf_counter() - t0)
    out["changes"] = (stats.new, stats.updated, len(gone), counts["embedded"], counts["removed"],
                      rescored["postings"], rescored["scored"])
    return out


def sync_template(n: int, backend: str) -> tuple[str, Path]:
    """The corpus template plus the source's first sync (300 postings embedded for real,
    indexed and scored), cached like the corpus: (database URL, Chroma folder)."""
    from sqlmodel import Session

    from careercopilot.db import make_engine
    from careercopilot.integrations import vectors
    from careercopilot.models import Source

    name = f"ccbench_sync_{n}_{backend}"
    mark = _scale._marker(name)
    url = (f"sqlite:///{_scale.CACHE / (name + '.db')}" if backend == "sqlite"
           else f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    chroma = _scale.CACHE / f"chroma_{name}"
    if mark.exists():
        from careercopilot.services import migrations

        migrations.upgrade(url)
        _scale.checkpoint(url)
        return url, chroma
    ws = _scale.copy_state(_scale.template(n, backend), _scale.chroma_template(n), _scale.CACHE, name)
    engine = make_engine(ws.url)
    index = vectors.VectorIndex(vectors.make_client(path=str(ws.chroma)))
    with Session(engine) as s:
        src = Source(type="greenhouse", token="acme", name="Acme")
        s.add(src)
        s.commit()
        sid = src.id
    _scale.log(f"{backend} {n:,}: first sync of the source ({SOURCE_SIZE} postings, embedded for real)")
    _sync(engine, index, sid, _feed(range(SOURCE_SIZE), version=0, edited=set(), texts=_texts()), _scale.NOW)
    engine.dispose()
    del index
    _scale.checkpoint(ws.url)
    mark.write_text(time.strftime("%Y-%m-%d %H:%M:%S"))
    return ws.url, ws.chroma


def _texts() -> list[str]:
    return _scale.corpus(1000).texts


def run(n: int, backend: str, tmp: Path) -> dict:
    from careercopilot.db import make_engine
    from careercopilot.integrations import vectors

    url, chroma = sync_template(n, backend)
    ws = _scale.copy_state(url, chroma, tmp, f"ccbench_work_{n}_{backend}")
    engine = make_engine(ws.url)
    try:
        index = vectors.VectorIndex(vectors.make_client(path=str(ws.chroma)))
        index.cache()  # a running worker has its cache loaded
        from sqlmodel import Session, select

        from careercopilot.models import Source

        with Session(engine) as s:
            sid = s.exec(select(Source.id).where(Source.name == "Acme")).one()
        ids = list(range(SOURCE_SIZE))
        texts = _texts()
        # warm-up sync, then the measured one: each edits 60, adds 20, drops 20
        result = None
        for version in (1, 2):
            ids = ids[GONE:] + list(range(max(ids) + 1, max(ids) + 1 + NEW))
            edited = set(ids[(version - 1) * EDITED: version * EDITED])
            result = _sync(engine, index, sid, _feed(ids, version=version, edited=edited, texts=texts),
                           _scale.NOW + timedelta(hours=version))
            _scale.log(f"{backend} {n:,}: sync v{version}: " + ", ".join(
                f"{k} {v[0]} statements {v[1]:.1f}s" for k, v in result.items() if k != "changes"))
        return result
    finally:
        engine.dispose()
        ws.drop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,100000")
    ap.add_argument("--backend", default="postgresql,sqlite")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    from careercopilot.integrations import embeddings as emb

    emb.get_model()
    for backend in args.backend.split(","):
        for n in sizes:  # build templates first: they are not part of any measurement
            sync_template(n, backend)
        res = {}
        with tempfile.TemporaryDirectory(prefix="ccsync-") as tmp:
            for n in sizes:
                res[n] = run(n, backend, Path(tmp))
        print(f"\n== {backend}: one sync changing {EDITED + NEW + GONE} postings "
              f"({EDITED} edited, {NEW} new, {GONE} gone), {_scale.USERS} users with stored scores")
        print(f"{'corpus':>9} | {'store st/ms':>12} | {'index st/ms':>12} | {'rescore st/ms':>14} | "
              f"{'total statements':>16} | {'total s':>8} | new/upd/closed/embedded/removed/queued/scored")
        for n in sizes:
            r = res[n]
            st = sum(r[k][0] for k in ("store", "index", "rescore"))
            tt = sum(r[k][1] for k in ("store", "index", "rescore"))
            r["total"] = (st, tt)
            print(f"{n:>9,} | " + " | ".join(f"{r[k][0]:>5} {r[k][1] * 1000:>6.0f}" for k in ("store", "index"))
                  + f" | {r['rescore'][0]:>6} {r['rescore'][1] * 1000:>7.0f} | {st:>16} | {tt:>8.2f} | "
                  + "/".join(str(x) for x in r["changes"]))
        lo, hi = sizes[0], sizes[-1]
        for k in ("store", "index", "rescore", "total"):
            s_ratio = res[hi][k][0] / max(1, res[lo][k][0])
            t_ratio = res[hi][k][1] / max(1e-9, res[lo][k][1])
            print(f"ratio {hi:,}/{lo:,} {k:>8}: statements {s_ratio:.2f}x, time {t_ratio:.2f}x")
        tot = (res[hi]["total"][0] / max(1, res[lo]["total"][0]), res[hi]["total"][1] / res[lo]["total"][1])
        print(f"target <= 1.2x: statements {'MET' if tot[0] <= 1.2 else 'NOT MET'}, "
              f"time {'MET' if tot[1] <= 1.2 else 'NOT MET'}")


if __name__ == "__main__":
    main()
