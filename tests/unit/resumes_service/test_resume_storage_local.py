"""LocalStorage: round trips, idempotent delete, and refusal of every unsafe key."""

from __future__ import annotations

import pytest

from careercopilot.integrations.storage import (
    InvalidKey,
    LocalStorage,
    ObjectNotFound,
    get_storage,
    validate_key,
)


def test_put_get_exists_delete_round_trip(storage):
    storage.put("resumes/1/abc.pdf", b"%PDF-1.7 data", "application/pdf")
    assert storage.exists("resumes/1/abc.pdf")
    assert storage.get("resumes/1/abc.pdf") == b"%PDF-1.7 data"
    storage.put("resumes/1/abc.pdf", b"replaced")
    assert storage.get("resumes/1/abc.pdf") == b"replaced"
    storage.delete("resumes/1/abc.pdf")
    assert not storage.exists("resumes/1/abc.pdf")
    storage.delete("resumes/1/abc.pdf")  # idempotent
    with pytest.raises(ObjectNotFound):
        storage.get("resumes/1/abc.pdf")


def test_files_live_under_the_root_and_no_temp_files_remain(storage):
    storage.put("a/b/c.txt", b"x" * 10_000)
    files = [p for p in storage.root.rglob("*") if p.is_file()]
    assert [p.relative_to(storage.root).as_posix() for p in files] == ["a/b/c.txt"]


@pytest.mark.parametrize(
    "key",
    [
        "",
        "../escape.txt",
        "resumes/../../etc/passwd",
        "/etc/passwd",
        "resumes//double",
        "resumes/./x",
        ".hidden",
        "resumes/..",
        "..",
        "C:\\Windows\\win.ini",
        "resumes\\..\\x",
        "bad\x00name",
        "spaces in name",
        "trailing/",
        "x" * 501,
        "%2e%2e/secret",
    ],
)
def test_unsafe_keys_are_refused_by_every_operation(storage, tmp_path, key):
    outside = tmp_path / "escape.txt"
    with pytest.raises(InvalidKey):
        validate_key(key)
    for op in (lambda: storage.put(key, b"x"), lambda: storage.get(key), lambda: storage.delete(key),
               lambda: storage.exists(key)):
        with pytest.raises(InvalidKey):
            op()
    assert not outside.exists()


def test_symlinked_folder_cannot_lead_outside_the_root(storage, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    storage.root.mkdir(parents=True)
    (storage.root / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(InvalidKey):
        storage.put("link/x.txt", b"x")
    assert list(outside.iterdir()) == []


def test_get_storage_defaults_to_local_under_uploads_dir(monkeypatch, tmp_path):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "s3_bucket", None)
    monkeypatch.setattr(settings, "data_dir", tmp_path)
    store = get_storage()
    assert isinstance(store, LocalStorage)
    assert store.root == (tmp_path / "files").resolve()
    assert get_storage() is store
