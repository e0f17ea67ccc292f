"""Shared helper for the blind8 held-back resume set (h01-h30).

Each part file defines RECORDS, a list built with rec(). `kind` and `format` are curator notes
for the README table only; they are not written to resumes.jsonl.
"""


def rec(id, family, level, current_title, name, location, titles, locations, remote, salary, text,
        kind="", format=""):
    text = text.strip("\n")
    return {
        "record": {
            "id": id,
            "text": text,
            "family": family,
            "level": level,
            "current_title": current_title,
            "name": name,
            "location": location,
            "preferences": {
                "titles": list(titles),
                "locations": list(locations),
                "remote": bool(remote),
                "salary_floor": {"currency": "USD", "amount": int(salary)},
            },
        },
        "kind": kind,
        "format": format,
    }
