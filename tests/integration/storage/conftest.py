"""A real S3 API for the storage tests: a ``moto_server`` subprocess on a free loopback port."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.support import services


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """``http://127.0.0.1:<port>`` of a running moto S3 server (stopped at the end of the run)."""
    port = services.free_port()
    exe = Path(sys.executable).with_name("moto_server")
    log_path = tmp_path_factory.mktemp("moto") / "moto.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([str(exe), "-H", "127.0.0.1", "-p", str(port)], stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"

    def up():
        if proc.poll() is not None:
            raise RuntimeError(f"moto_server exited with {proc.returncode}:\n{services.tail(log_path)}")
        with urllib.request.urlopen(f"{url}/moto-api/", timeout=2) as resp:
            return resp.status == 200

    try:
        services.wait_until(up, timeout=30, what="moto_server")
    except Exception:
        services.stop_process_group(proc)
        raise
    yield url
    services.stop_process_group(proc)


@pytest.fixture
def s3_settings(override_settings, s3_endpoint):
    """Settings selecting S3 on the moto server with a fresh bucket name per test."""
    import secrets

    return override_settings(
        s3_endpoint_url=s3_endpoint, s3_bucket=f"cc-test-{secrets.token_hex(4)}",
        s3_access_key_id="test", s3_secret_access_key="test", s3_region="us-east-1",
    )
