"""S3Storage against a real S3 API (a moto server on loopback)."""

from __future__ import annotations

import boto3
import pytest

from careercopilot.integrations.storage import (
    InvalidKey,
    ObjectNotFound,
    S3Storage,
    StorageError,
    get_storage,
)
from tests.support import services


def _client(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                        region_name="us-east-1")


def _keys(endpoint, bucket) -> list[str]:
    return sorted(o["Key"] for o in _client(endpoint).list_objects_v2(Bucket=bucket).get("Contents", []))


def test_bucket_is_created_and_objects_round_trip(s3_endpoint):
    store = S3Storage(bucket="cc-roundtrip", endpoint_url=s3_endpoint, access_key_id="test",
                      secret_access_key="test")
    assert "cc-roundtrip" in [b["Name"] for b in _client(s3_endpoint).list_buckets()["Buckets"]]
    store.put("resumes/7/a.pdf", b"%PDF-1.7 hello", "application/pdf")
    assert store.exists("resumes/7/a.pdf")
    assert store.get("resumes/7/a.pdf") == b"%PDF-1.7 hello"
    head = _client(s3_endpoint).head_object(Bucket="cc-roundtrip", Key="resumes/7/a.pdf")
    assert head["ContentType"] == "application/pdf"
    store.delete("resumes/7/a.pdf")
    assert not store.exists("resumes/7/a.pdf")
    store.delete("resumes/7/a.pdf")  # idempotent
    with pytest.raises(ObjectNotFound):
        store.get("resumes/7/a.pdf")
    with pytest.raises(InvalidKey):
        store.put("../x", b"x")
    # a second instance on the existing bucket works (no error on "already exists")
    assert S3Storage(bucket="cc-roundtrip", endpoint_url=s3_endpoint, access_key_id="test",
                     secret_access_key="test").exists("resumes/7/a.pdf") is False


def test_non_default_region_bucket(s3_endpoint):
    store = S3Storage(bucket="cc-eu", endpoint_url=s3_endpoint, access_key_id="test", secret_access_key="test",
                      region="eu-central-1")
    store.put("k", b"v")
    assert store.get("k") == b"v"


def test_unreachable_endpoint_is_a_storage_error():
    with pytest.raises(StorageError):
        S3Storage(bucket="x", endpoint_url=f"http://127.0.0.1:{services.closed_port()}",
                  access_key_id="test", secret_access_key="test")


def test_get_storage_selects_s3_from_settings(s3_settings):
    store = get_storage()
    assert isinstance(store, S3Storage) and store.bucket == s3_settings.s3_bucket
    assert get_storage() is store
