"""Fixtures of the observability tests: :mod:`tests.support.obs_stack` plus this process's settings
pointed at the stack's database and Redis (to enqueue jobs and seed rows)."""

from __future__ import annotations

import pytest

from tests.support.obs_stack import obs_stack


@pytest.fixture(scope="package")
def stack(tmp_path_factory):
    """The backend under granian (2 processes) and 2 RQ workers, each a scrape target; this
    process's settings and engine point at the same PostgreSQL/Redis while the module runs."""
    from careercopilot import db
    from careercopilot.config import settings
    from careercopilot.services import background

    tmp = tmp_path_factory.mktemp("obs")
    # BACKUP_DIR: the backup-age gauge exists (+Inf: no set yet). DATABASE_REPLICA_URL: the primary
    # itself (not in recovery → lag 0) until the topology fixture provides a streaming replica.
    with obs_stack(tmp, BACKUP_DIR=str(tmp / "backups")) as st:
        st.env["DATABASE_REPLICA_URL"] = st.pg_url
        fields = dict(database_url=st.pg_url, redis_url=st.redis_url, redis_state_db=st.redis_db,
                      redis_rq_db=st.redis_db, redis_cache_db=st.redis_db, jobs_inline=None,
                      ssrf_allow_hosts=["127.0.0.1"])
        saved = {k: getattr(settings, k) for k in fields}
        previous = db._engine
        engine = db.make_engine(st.pg_url)
        for k, v in fields.items():
            setattr(settings, k, v)
        db.set_engine(engine)
        background._redis.cache_clear()
        try:
            st.app = st.start_app(workers=2)
            st.workers = [st.start_worker(), st.start_worker()]
            yield st
        finally:
            for k, v in saved.items():
                setattr(settings, k, v)
            db.set_engine(previous)
            engine.dispose()
            background._redis.cache_clear()
