"""A manifest names its database artifact by the kind's one file name, nothing else (attack129 finding 4:
an S3 set whose manifest named an absolute path made restore write that file outside its staging folder).

On the code before ``manifest.ARTIFACTS`` (session 31) all 9 refused rows below parsed.
"""

import json

import pytest

from careercopilot.services.backup.manifest import FORMAT, Manifest, ManifestError


def _doc(kind: str, artifact: str) -> bytes:
    return json.dumps({"format": FORMAT, "id": "20261207T200000Z-abcd", "created_at": "2026-12-07T20:00:00+00:00",
                       "database": {"kind": kind, "artifact": artifact, "sha256": "0" * 64, "size": 1,
                                    "alembic_revision": None, "row_counts": {}},
                       "storage": {"kind": "local"}, "files": [], "app": {"alembic_head": None}}).encode()


@pytest.mark.parametrize("kind, artifact", [
    ("sqlite", "/tmp/pwned.txt"), ("sqlite", "../database.sqlite3"), ("sqlite", "files/../../x"),
    ("postgresql", "/home/app/.ssh/authorized_keys"), ("postgresql", "sub/database.dump"),
    ("postgresql", "database.sqlite3"), ("sqlite", "database.dump"), ("sqlite", ""), ("mysql", "database.sqlite3"),
])
def test_an_artifact_other_than_the_kinds_file_is_refused(kind, artifact):
    with pytest.raises(ManifestError, match="names the database artifact"):
        Manifest.from_json(_doc(kind, artifact))


@pytest.mark.parametrize("kind, artifact", [("sqlite", "database.sqlite3"), ("postgresql", "database.dump")])
def test_the_kinds_own_artifact_parses(kind, artifact):
    assert Manifest.from_json(_doc(kind, artifact)).database_artifact == artifact
