"""Shared helper for the hand-written blind20 parts: one dict per record, plus curator notes (kind, format)."""


def rec(id, family, level, current_title, name, location, titles, locations, remote, salary,
        kind, fmt, text):
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
        "format": fmt,
    }
