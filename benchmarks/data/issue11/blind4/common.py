"""Shared record helper for the hand-written blind4 build parts."""


def R(id, family, level, current_title, name, location, titles, locations, remote, salary, text):
    return {
        "id": id,
        "text": text.strip("\n"),
        "family": family,
        "level": level,
        "current_title": current_title,
        "name": name,
        "location": location,
        "preferences": {
            "titles": titles,
            "locations": locations,
            "remote": remote,
            "salary_floor": {"currency": "USD", "amount": salary},
        },
    }
