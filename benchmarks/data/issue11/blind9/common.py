"""Shared helper for the hand-written records of batch blind9 (ids i01-i30)."""
RECORDS = []


def R(rid, family, level, current_title, name, location, titles, locations, remote, salary, text, kind="", fmt=""):
    """Register one hand-written record. kind/fmt are curator notes for the README table only."""
    RECORDS.append({
        "id": rid,
        "text": text.strip("\n"),
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
        "_kind": kind,
        "_fmt": fmt,
    })
