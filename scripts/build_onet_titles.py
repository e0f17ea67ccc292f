"""Build ``careercopilot/data/onet/occupations.json`` from the O*NET database text files.

    python scripts/build_onet_titles.py DIR   # DIR holds the O*NET 29.2 text files

Reads ``Occupation Data.txt`` (code, title), ``Job Zones.txt`` (code → job zone 1–5),
``Alternate Titles.txt`` and ``Sample of Reported Titles.txt`` (lay job titles → code) and
writes one JSON file: ``{"release", "license", "occupations": {code: [title, zone]},
"titles": {normalized title: code}}``. A normalized title (see
``careercopilot.normalize.occupations.normalize_title``) seen under several codes keeps
the code it is listed under most often (ties: the lower code). O*NET® is a trademark of
USDOL/ETA; the data is CC BY 4.0 (see ``careercopilot/data/onet/LICENSE.md``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careercopilot.normalize.occupations import normalize_title  # noqa: E402


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _singular(title: str) -> str:
    """"Registered Nurses" → "Registered Nurse", "Secretaries" → "Secretary" (last word only)."""
    head, _, last = title.rpartition(" ")
    low = last.lower()
    if low.endswith("ies"):
        last = last[:-3] + "y"
    elif low.endswith(("sses", "ches", "shes")):
        last = last[:-2]
    elif low.endswith("s") and not low.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def main(src: str) -> None:
    d = Path(src)
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _rows(d / "Job Zones.txt")}
    occ = {r["O*NET-SOC Code"]: [r["Title"], zones.get(r["O*NET-SOC Code"], 0)] for r in _rows(d / "Occupation Data.txt")}
    votes: dict[str, Counter] = defaultdict(Counter)
    for code, (title, _) in occ.items():  # occupation titles are plural: "Registered Nurses"
        votes[normalize_title(_singular(title))][code] += 3
    for r in _rows(d / "Alternate Titles.txt"):
        for t in (r["Alternate Title"], r["Short Title"]):
            if t and t != "n/a":
                votes[normalize_title(t)][r["O*NET-SOC Code"]] += 1
    for r in _rows(d / "Sample of Reported Titles.txt"):
        votes[normalize_title(r["Reported Job Title"])][r["O*NET-SOC Code"]] += 2
    titles = {}
    for key, c in sorted(votes.items()):
        if key:
            titles[key] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    out = {"release": "O*NET 29.2 Database (February 2025)", "license": "CC BY 4.0 — see LICENSE.md",
           "occupations": occ, "titles": titles}
    dest = ROOT / "careercopilot" / "data" / "onet" / "occupations.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"{len(occ)} occupations, {len(titles)} titles → {dest} ({dest.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])


def build_vectors() -> None:
    """``occupation_vectors.npz``: each O*NET occupation's "Title: description" embedded with the
    app's model (unit rows, float16) + the codes and the model version; used to read a
    posting's occupation from its text when its title is not an O*NET title."""
    import numpy as np

    from careercopilot.integrations import embeddings as emb

    src = ROOT / "careercopilot" / "data" / "onet" / "occupations.json"
    occ = json.loads(src.read_text(encoding="utf-8"))["occupations"]
    desc = _DESCRIPTIONS
    codes = sorted(occ)
    vecs = emb.embed_texts([f"{occ[c][0]}: {desc.get(c, '')}" for c in codes])
    dest = src.parent / "occupation_vectors.npz"
    np.savez_compressed(dest, codes=np.array(codes), vectors=vecs.astype(np.float16),
                        model_version=np.array(emb.MODEL_VERSION))
    print(f"{len(codes)} occupation vectors → {dest} ({dest.stat().st_size / 1e6:.1f} MB)")


_DESCRIPTIONS: dict[str, str] = {}


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "--vectors":
    _DESCRIPTIONS.update({r["O*NET-SOC Code"]: r["Description"] for r in _rows(Path(sys.argv[1]) / "Occupation Data.txt")})
    build_vectors()
