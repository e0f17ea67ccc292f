"""Shared helper for blind7 part files: one record per call, plus curator notes (kind, format)."""
RECORDS = []

def rec(id, family, level, current_title, name, location, titles, locations, remote, salary, kind, fmt, text):
    RECORDS.append({
        "id": id, "text": text.strip("\n"), "family": family, "level": level,
        "current_title": current_title, "name": name, "location": location,
        "preferences": {"titles": titles, "locations": locations, "remote": remote,
                        "salary_floor": {"currency": "USD", "amount": salary}},
        "_kind": kind, "_format": fmt,
    })
