"""OpenTelemetry traces exported over OTLP/HTTP to a loopback collector (opentelemetry-proto
decodes what the exporter sent): a request span with its SQL child, a job span (in the RQ
work-horse) with its SQL and outbound-HTTP children — parent/child links checked by span ids.
Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is installed (unit test of ``tracing``)."""

from __future__ import annotations

import httpx
from pytest_httpserver import HTTPServer

from tests.support import services
from tests.support.obs_stack import obs_stack
from tests.support.otlp_collector import Collector


def _descends(span, ancestor, by_id) -> bool:
    while span.parent_id:
        if span.parent_id == ancestor.span_id:
            return True
        span = by_id.get(span.parent_id)
        if span is None:
            return False
    return False


def test_request_job_sql_and_outbound_http_spans_reach_the_collector(tmp_path):
    from careercopilot import db
    from careercopilot.config import settings
    from careercopilot.models import Source
    from careercopilot.services import background

    collector = Collector().start()
    board = HTTPServer(host="127.0.0.1", port=0)
    board.expect_request("/v1/boards/tracecorp/jobs").respond_with_json({"jobs": [], "meta": {"total": 0}})
    board.start()
    extra = {"OTEL_EXPORTER_OTLP_ENDPOINT": collector.endpoint, "OTEL_BSP_SCHEDULE_DELAY": "200"}
    try:
        with obs_stack(tmp_path) as st:
            st.env.update(extra)
            app = st.start_app(workers=1)
            st.start_worker()
            r = httpx.get(f"{app.base_url}/readyz", headers={"X-Request-ID": "trace-req-1"}, timeout=10)
            assert r.status_code == 200
            fields = dict(database_url=st.pg_url, redis_url=st.redis_url, redis_state_db=st.redis_db,
                          redis_rq_db=st.redis_db, redis_cache_db=st.redis_db, jobs_inline=None)
            saved, previous = {k: getattr(settings, k) for k in fields}, db._engine
            engine = db.make_engine(st.pg_url)
            try:
                for k, v in fields.items():
                    setattr(settings, k, v)
                db.set_engine(engine)
                background._redis.cache_clear()
                with db.session_scope() as s:
                    src = Source(type="greenhouse", token="tracecorp", name="Trace Corp",
                                 base_url=f"http://127.0.0.1:{board.port}")
                    s.add(src)
                    s.flush()
                    source_id = src.id
                handle = background.enqueue("jobs.ingest.sync_source", source_id)
            finally:
                for k, v in saved.items():
                    setattr(settings, k, v)
                db.set_engine(previous)
                engine.dispose()
                background._redis.cache_clear()

            def traced():
                spans = collector.snapshot()
                by_id = {s.span_id: s for s in spans}
                server = [s for s in spans if s.kind == "SPAN_KIND_SERVER" and "/readyz" in s.name]
                jobs = [s for s in spans if s.name == "job jobs.ingest.sync_source"]
                if not server or not jobs:
                    return None
                req_sql = [s for s in spans if s.attributes.get("db.system") == "postgresql"
                           and _descends(s, server[0], by_id)]
                job_sql = [s for s in spans if s.attributes.get("db.system") == "postgresql"
                           and _descends(s, jobs[0], by_id)]
                job_http = [s for s in spans if s.kind == "SPAN_KIND_CLIENT" and "db.system" not in s.attributes
                            and _descends(s, jobs[0], by_id)]
                if req_sql and job_sql and job_http:
                    return server[0], req_sql, jobs[0], job_sql, job_http
                return None

            try:
                server, req_sql, job, job_sql, job_http = services.wait_until(traced, timeout=60, interval=0.5,
                                                                              what="the spans at the collector")
            except TimeoutError:
                got = [(s.service, s.kind, s.name, s.span_id, s.parent_id) for s in collector.snapshot()]
                raise AssertionError(f"spans received: {got}\n--- worker log ---\n{st.procs[-1].log(60)}") from None
            print(f"spans received: {len(collector.snapshot())} in {collector.requests} OTLP requests; request "
                  f"{server.name!r} ({len(req_sql)} SQL children), {job.name!r} ({len(job_sql)} SQL, "
                  f"{len(job_http)} HTTP: {job_http[0].name!r})")
            assert server.service == "careercopilot-app" and job.service == "careercopilot-worker"
            assert all(s.trace_id == server.trace_id for s in req_sql)
            assert job.attributes["messaging.message.id"] == handle.id
            assert job.attributes["messaging.destination.name"] == "ingest"
            url = next(v for k, v in job_http[0].attributes.items() if k in ("http.url", "url.full"))
            assert f"127.0.0.1:{board.port}" in url
    finally:
        board.clear()
        board.stop()
        collector.stop()
