"""SQLite connections read the database file through a memory map (issue 9, session 12).

Without it each pooled connection re-read the 4 KB pages of the large posting and score rows
into its own 2 MB page cache on every Jobs view: half of a view's server CPU was SQLite
(``benchmarks/ui_load.py`` profile). Every connection the engine opens — the first and the
pool's later ones — has the map."""

from __future__ import annotations

from careercopilot import db


def test_every_sqlite_connection_maps_the_file(tmp_path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'cc.db'}")
    try:
        with engine.connect() as first, engine.connect() as second:
            sizes = [c.exec_driver_sql("PRAGMA mmap_size").scalar() for c in (first, second)]
    finally:
        engine.dispose()
    assert sizes == [db.SQLITE_MMAP_BYTES] * 2
