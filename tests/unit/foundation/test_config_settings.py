"""Settings: the embedded default, URL normalization, Redis DB split, production secret checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from careercopilot.config import DEFAULT_SECRET


def test_embedded_default_without_environment(clean_env):
    s = clean_env()
    assert s.app_env == "development"
    assert s.database_url is None and not s.is_production_stack
    assert s.sqlalchemy_url == f"sqlite:///{(Path('data') / 'careercopilot.db').resolve()}"
    assert s.redis_url is None
    assert s.state_redis_url is s.rq_redis_url is s.cache_redis_url is None
    assert s.run_jobs_inline is True
    assert s.chroma_url is None and s.chroma_path == Path("data") / "chroma"
    assert s.s3_bucket is None and s.uploads_dir == Path("data") / "files"
    assert s.secret_key == DEFAULT_SECRET  # acceptable only in development


def test_data_dir_moves_the_sqlite_file(clean_env, tmp_path):
    s = clean_env(DATA_DIR=str(tmp_path))
    assert s.sqlalchemy_url == f"sqlite:///{tmp_path.resolve() / 'careercopilot.db'}"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db:5432/cc", "postgresql+psycopg://u:p@db:5432/cc"),
        ("postgresql://u:p@db/cc", "postgresql+psycopg://u:p@db/cc"),
        ("postgresql+psycopg://u@db/cc", "postgresql+psycopg://u@db/cc"),
    ],
)
def test_database_url_uses_psycopg3(clean_env, given, expected):
    s = clean_env(DATABASE_URL=given)
    assert s.database_url == expected == s.sqlalchemy_url
    assert s.is_production_stack


def test_empty_variables_count_as_unset(clean_env):
    s = clean_env(DATABASE_URL="", REDIS_URL="")
    assert s.database_url is None and s.redis_url is None


def test_one_redis_url_feeds_three_logical_databases(clean_env):
    s = clean_env(REDIS_URL="redis://cache:6379/0")
    assert s.state_redis_url == "redis://cache:6379/0"
    assert s.rq_redis_url == "redis://cache:6379/1"
    assert s.cache_redis_url == "redis://cache:6379/2"
    assert len({s.state_redis_url, s.rq_redis_url, s.cache_redis_url}) == 3
    assert s.run_jobs_inline is False  # Redis → RQ


def test_redis_logical_databases_are_overridable(clean_env):
    s = clean_env(REDIS_URL="redis://:pw@cache:6380", REDIS_STATE_DB="5", REDIS_RQ_DB="6", REDIS_CACHE_DB="7")
    assert (s.state_redis_url, s.rq_redis_url, s.cache_redis_url) == (
        "redis://:pw@cache:6380/5", "redis://:pw@cache:6380/6", "redis://:pw@cache:6380/7",
    )


@pytest.mark.parametrize(("url", "expected"), [
    # issue 9, finding 7: the database number in REDIS_URL was dropped (everything went to 0/1/2)
    ("redis://cache:6379/10", ("redis://cache:6379/10", "redis://cache:6379/11", "redis://cache:6379/12")),
    ("redis://cache:6379/10/", ("redis://cache:6379/10", "redis://cache:6379/11", "redis://cache:6379/12")),
    ("redis://cache:6379", ("redis://cache:6379/0", "redis://cache:6379/1", "redis://cache:6379/2")),
    ("redis://cache:6379/", ("redis://cache:6379/0", "redis://cache:6379/1", "redis://cache:6379/2")),
    ("rediss://user:p%40ss@cache:6380/4?ssl_cert_reqs=required", (
        "rediss://user:p%40ss@cache:6380/4?ssl_cert_reqs=required",
        "rediss://user:p%40ss@cache:6380/5?ssl_cert_reqs=required",
        "rediss://user:p%40ss@cache:6380/6?ssl_cert_reqs=required")),
    ("unix:///run/redis.sock?db=7", (
        "unix:///run/redis.sock?db=7", "unix:///run/redis.sock?db=8", "unix:///run/redis.sock?db=9")),
])
def test_redis_url_database_number_is_honoured(clean_env, url, expected):
    s = clean_env(REDIS_URL=url)
    assert (s.state_redis_url, s.rq_redis_url, s.cache_redis_url) == expected
    import redis

    for built, want in zip((s.state_redis_url, s.rq_redis_url, s.cache_redis_url), expected):
        want_db = int(want.rsplit("db=", 1)[-1]) if want.startswith("unix") else int(want.split("/")[3].split("?")[0])
        assert redis.Redis.from_url(built).connection_pool.connection_kwargs["db"] == want_db


def test_explicit_redis_db_wins_over_the_url(clean_env):
    s = clean_env(REDIS_URL="redis://cache:6379/10", REDIS_RQ_DB="3")
    assert (s.state_redis_url, s.rq_redis_url, s.cache_redis_url) == (
        "redis://cache:6379/10", "redis://cache:6379/3", "redis://cache:6379/12")


def test_redis_url_with_a_non_numeric_database_is_refused(clean_env):
    with pytest.raises(ValidationError, match="database must be a number"):
        clean_env(REDIS_URL="redis://cache:6379/ten")


def test_jobs_inline_can_be_forced(clean_env):
    assert clean_env(REDIS_URL="redis://x:6379", JOBS_INLINE="true").run_jobs_inline is True


@pytest.mark.parametrize("secret", [None, DEFAULT_SECRET, "short-secret"])
def test_production_refuses_default_or_short_secret(clean_env, secret):
    env = {"APP_ENV": "production"}
    if secret:
        env["SECRET_KEY"] = secret
    with pytest.raises(ValidationError) as info:
        clean_env(**env)
    message = str(info.value)
    assert "SECRET_KEY" in message and "APP_ENV=production" in message and "32" in message


def test_production_accepts_a_long_random_secret(clean_env):
    s = clean_env(APP_ENV="production", SECRET_KEY="x" * 8 + "0123456789abcdefghijklmnopqrstuv")
    assert s.app_env == "production"


def test_production_with_s3_needs_its_secret(clean_env):
    with pytest.raises(ValidationError, match="S3_SECRET_ACCESS_KEY"):
        clean_env(APP_ENV="production", SECRET_KEY="k" * 40, S3_BUCKET="resumes")


def test_trusted_proxies_parse_from_json_list(clean_env):
    assert clean_env(TRUSTED_PROXIES='["10.0.0.2", "127.0.0.1"]').trusted_proxies == ["10.0.0.2", "127.0.0.1"]


def test_cookie_secure_follows_app_url(clean_env):
    assert clean_env().cookie_secure is False
    assert clean_env(APP_URL="https://cc.example.com").cookie_secure is True
