"""Shared helper for the hand-written blind6 records (part1.py ... part4.py)."""
RECORDS = []


def add(id, family, level, current_title, name, location, titles, locations, remote, salary,
        kind, fmt, text):
    """Register one hand-written record. kind/fmt are for the README table only (not in the JSONL)."""
    RECORDS.append({
        "id": id,
        "text": text.strip("\n"),
        "family": family,
        "level": level,
        "current_title": current_title,
        "name": name,
        "location": location,
        "preferences": {
            "titles": list(titles),
            "locations": list(locations),
            "remote": remote,
            "salary_floor": {"currency": "USD", "amount": int(salary)},
        },
        "_kind": kind,
        "_fmt": fmt,
    })
