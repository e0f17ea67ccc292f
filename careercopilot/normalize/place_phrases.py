"""Free-form location text as people type it into the Preferences locations box → places,
work modes and the parts not understood (a newcomer's trial: "Denver, CO or remote" offered
only "Denver, CO, US" and silently dropped "or remote").

Read, in this order:

* items separated by ``;``, new lines, ``|``, ``•``, ``/`` and the connectors ``or`` / ``and``
  / ``&`` / ``+`` / ``plus`` ("Bay Area or Seattle", "Denver / remote") — unless the whole
  item is itself one place ("Trinidad and Tobago", "Bosnia and Herzegovina");
* inside an item, commas separate places and the parts of one place, grouped greedily by
  :func:`careercopilot.normalize.places._resolve_group` ("Denver, CO" is one place);
* work-mode words in a part: "remote", "remote OK", "fully remote", "WFH", "hybrid",
  "on-site", "in office", alone or before a place ("hybrid in Austin", "onsite near Boston",
  "remote from Canada") or after one ("Austin (hybrid)", "Austin hybrid") → a work mode
  (``remote`` | ``hybrid`` | ``onsite``); "remote" is also the ``remote`` place (the
  preferences' "I accept remote work");
* filler before a place: "anywhere in NJ", "in", "near", "around", "based in", "preferably",
  "ideally", "open to" … ("anywhere in NJ" is New Jersey).

:func:`read_places` returns every part it could not read in ``unresolved``, so the caller
tells the user instead of dropping it. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["PlaceReading", "read_places"]

_LIST_SPLIT = re.compile(r"\s*(?:;|\n|\||•|/)\s*")
_CONNECTOR = re.compile(r"\s+(?:or|and|&|\+|plus|as\s+well\s+as)\s+|\s*&\s*", re.IGNORECASE)
_MODE_WORDS = (
    (r"(?:fully\s+|100\s*%?\s*)?remote(?:[\s-]+(?:ok|okay|fine|friendly|first|only|possible|preferred|welcome))?"
     r"|wfh|work(?:ing)?\s+from\s+home|telecommute|home\s+office", "remote"),
    (r"hybrid(?:[\s-]+(?:ok|okay|fine|possible|preferred))?", "hybrid"),
    (r"on[\s-]?site|in[\s-]office|in[\s-]person|office[\s-]based", "onsite"),
)
_MODE_ALT = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MODE_WORDS))
#: A mode before a place ("hybrid in Austin"), after one ("Austin (hybrid)"), or alone.
_MODE_FIRST = re.compile(rf"^(?:{_MODE_ALT})(?:\s*(?:,|:|-|–)?\s*(?:in|from|near|around|within|based\s+in)?\s+(?P<rest>.+))?$",
                         re.IGNORECASE)
_MODE_LAST = re.compile(rf"^(?P<rest>.+?)\s*[(\[]?\s*(?:-|–|,)?\s*(?:{_MODE_ALT})\s*[)\]]?$", re.IGNORECASE)
_FILLER = re.compile(r"^(?:anywhere\s+(?:in|within|across)|in|near|around|within|based\s+in|preferably(?:\s+in)?"
                     r"|ideally(?:\s+in)?|open\s+to|either|also|or|and)\s+", re.IGNORECASE)


@dataclass
class PlaceReading:
    """``places``: ``places.Place`` in the order read, no duplicates; ``work_modes``: the modes
    named (``remote`` | ``hybrid`` | ``onsite``); ``unresolved``: the raw parts not understood."""

    places: list = field(default_factory=list)
    work_modes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)

    def _add(self, place) -> None:
        if place is not None and place not in self.places:
            self.places.append(place)

    def _mode(self, mode: str) -> None:
        if mode not in self.work_modes:
            self.work_modes.append(mode)


def _mode_of(m: re.Match) -> str:
    return next(mode for i, (_, mode) in enumerate(_MODE_WORDS) if m.group(f"m{i}"))


def _strip_words(token: str, out: PlaceReading) -> str:
    """``token`` without its work-mode words (recorded in ``out``) and filler; "" when it was
    only a mode ("remote OK"). A token that is a place as typed is left alone."""
    from .places import Place, _resolve_group

    text = token.strip()
    for _ in range(3):  # "hybrid in Austin", "anywhere in NJ (remote OK)"
        if not text or _resolve_group([text]) is not None:
            return text
        m = _MODE_FIRST.match(text) or _MODE_LAST.match(text)
        if m is not None:
            mode = _mode_of(m)
            out._mode(mode)
            if mode == "remote":
                out._add(Place(kind="remote", name="Remote"))
            text = (m.group("rest") or "").strip(" ()[]-–")
            continue
        stripped = _FILLER.sub("", text, count=1).strip()
        if stripped == text:
            return text
        text = stripped
    return text


def _read_tokens(tokens: list[str], out: PlaceReading) -> None:
    """Comma tokens of one part: work-mode words and filler dropped, then greedy 3/2/1-token
    places; a token that is none goes to ``out.unresolved`` as typed."""
    from .places import _region_place, _resolve_group

    typed = [t.strip() for t in tokens if t.strip()]
    cleaned = [_strip_words(t, out) for t in typed]
    pairs = [(c, t) for c, t in zip(cleaned, typed) if c]
    i = 0
    while i < len(pairs):
        for n in (3, 2, 1):
            if i + n > len(pairs):
                continue
            p = _resolve_group([c for c, _ in pairs[i:i + n]])
            if p is None and n == 1:
                sub = _as_code_region(pairs[i][0])  # "anywhere in NJ": a bare state code after filler
                p = _region_place(*sub) if sub and pairs[i][0] != pairs[i][1] else None
            if p is not None:
                out._add(p)
                if p.kind == "remote":
                    out._mode("remote")
                i += n
                break
        else:
            out.unresolved.append(pairs[i][1])
            i += 1


def _as_code_region(token: str) -> tuple[str, str] | None:
    from .places import _as_region

    return _as_region(token, None) if token.isupper() and 2 <= len(token) <= 3 else None


def _read_item(item: str, out: PlaceReading) -> None:
    whole = PlaceReading()
    _read_tokens(item.split(","), whole)
    parts = [p for p in _CONNECTOR.split(item) if p.strip()]
    if len(parts) > 1 and (whole.unresolved or any(
            p.kind == "city" and p.geonameid is None and _CONNECTOR.search(p.name) for p in whole.places)):
        split = PlaceReading()  # "Denver, CO or remote", "Seattle and Portland, OR"; not "Trinidad and Tobago"
        for part in parts:
            _read_tokens(part.split(","), split)
        if len(split.unresolved) <= len(whole.unresolved):
            whole = split
    for p in whole.places:
        out._add(p)
    for md in whole.work_modes:
        out._mode(md)
    out.unresolved.extend(whole.unresolved)


def read_places(text: str | Iterable[str] | None) -> PlaceReading:
    """Everything a free-text locations field names (see the module docstring); a list of
    strings is read item by item. Never raises."""
    out = PlaceReading()
    if text is None:
        return out
    items = [text] if isinstance(text, str) else [t for t in text if isinstance(t, str)]
    for item in items:
        for chunk in _LIST_SPLIT.split(item[:2000]):
            if chunk.strip():
                _read_item(chunk, out)
    return out
