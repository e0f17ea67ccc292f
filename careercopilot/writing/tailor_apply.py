"""Accepted tailoring changes applied to the resume's text: every bullet kept exactly once unless the user dropped it.

Shapes: :func:`apply` takes the master resume's text and the proposal's :class:`careercopilot.writing.tailor.Change`
list (only ``accepted`` and ``edited`` ones act) and returns the tailored text.

How (newcomer trial144 finding 2: accepting "moved up from 4th to 1st of 7" saved the bullet still 4th, a copy 7th
and the real 7th bullet, payroll/FMLA, lost). The old code found a role's bullets by looking for each bullet inside
*one* line; a PDF wraps a bullet over two lines, so only the one-line bullets were found, and the reordered list was
written into those few slots — the first moved bullet overwrote the last one. Now:

1. Each bullet of each role (:func:`careercopilot.writing.resume_facts.roles`) is located as a run of whole lines
   whose letters and digits, marks and line breaks ignored, are the bullet's (:func:`_locate`) — a wrapped bullet
   is its two lines, a bullet that is the start of a longer one ("Trained staff" / "Trained staff on POS") never
   matches it, and the search runs forward in document order, so a duplicate bullet is its own lines.
2. A bullet is known by its place (``Change.slot`` = [role number, bullet number] from the proposal; without it, an
   old saved proposal, the first not yet changed bullet of the role with the change's ``before`` text).
3. The changes act on the role's list of bullets, in the order they were proposed: a text change (term, rewrite,
   edited) replaces that bullet's text — an edit to nothing drops it, an edit of several lines adds the lines after
   it as bullets — and a reorder moves that bullet (by identity, not by its text) to its position.
4. The role's bullet lines are rewritten: the n-th bullet line of the role (its first line; its wrapped lines are
   removed) holds the n-th bullet of the new list, with the original line's mark; roles nothing touched keep their
   text byte for byte. A role whose bullets cannot all be located (a two-column paste the reader unfolded) is left
   as it is for reorders, and a text change there replaces the bullet only where it is written on one line.
"""

from __future__ import annotations

import re

from careercopilot.writing.resume_facts import roles

_MARK = re.compile(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])?\s*")


def _key(text: str) -> str:
    """Letters and digits of ``text``, lower-cased: what stays of a bullet whatever the wrapping and marks."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _locate(lines: list[str], bullet: str, start: int) -> tuple[int, int] | None:
    """(first line, end line) of the first run of whole lines at or after ``start`` that is ``bullet``."""
    want = _key(bullet)
    if not want:
        return None
    for s in range(start, len(lines)):
        got = ""
        for e in range(s, len(lines)):
            got += _key(_MARK.sub("", lines[e], count=1) if e == s else lines[e])
            if got == want:
                return s, e + 1
            if not want.startswith(got) or len(got) >= len(want):
                break
    return None


def _find(items: list[dict], change, role_no: int) -> dict | None:
    """The bullet ``change`` is about: by its slot, else the first untouched one with its ``before`` text."""
    slot = getattr(change, "slot", None)
    if slot and len(slot) == 2 and slot[0] == role_no:
        hit = next((it for it in items if it["orig"] == slot[1]), None)
        if hit is not None and hit["before"] == change.before:
            return hit
    return (next((it for it in items if it["before"] == change.before and not it["touched"]), None)
            or next((it for it in items if it["before"] == change.before), None))


def apply(resume_text: str, changes: list) -> str:
    """The resume with accepted/edited changes applied (rejected/proposed ones ignored); see the module doc."""
    acting = [c for c in changes if c.status in ("accepted", "edited")]
    text = resume_text
    # a skills line reordered ("order"): that line, not a bullet of a role
    for c in acting:
        if c.kind == "order":
            new = c.after if c.status in ("accepted", "edited") else c.before
            text = text.replace(c.before, new, 1)
    bullet_changes = [c for c in acting if c.kind != "order"]
    if not bullet_changes:
        return text
    lines = text.split("\n")
    found = roles(text)
    cursor = 0
    plan: list[tuple[int, list[tuple[int, int]] | None, list[dict], bool]] = []
    for role_no, role in enumerate(found):
        spans: list[tuple[int, int]] | None = []
        at = cursor
        for bullet in role.bullets:
            span = _locate(lines, bullet, at)
            if span is None:
                spans = None
                break
            spans.append(span)
            at = span[1]
        if spans:
            cursor = at
        items = [{"orig": i, "before": b, "text": b, "touched": False} for i, b in enumerate(role.bullets)]
        plan.append((role_no, spans, items, False))
    changed_roles: set[int] = set()
    for c in bullet_changes:
        for role_no, spans, items, _ in plan:
            if found[role_no].label != c.role and not (getattr(c, "slot", None) and c.slot[0] == role_no):
                continue
            item = _find(items, c, role_no)
            if item is None:
                continue
            if c.kind == "reorder" and c.status == "accepted":
                if spans is None:
                    break
                items.remove(item)
                items.insert(max(0, min(c.position, len(items))), item)
            else:
                new = c.after if (c.status == "edited" or c.kind in ("term", "rewrite")) else item["text"]
                item["text"] = new.strip()
            item["touched"] = True
            changed_roles.add(role_no)
            break
    # rewrite the touched roles, last first so earlier line numbers stay valid
    for role_no, spans, items, _ in reversed(plan):
        if role_no not in changed_roles:
            continue
        if spans is None:  # not located line by line: a one-line text change only, in place
            for it in items:
                if it["text"] != it["before"]:
                    pos = [i for i, ln in enumerate(lines) if _key(_MARK.sub("", ln, count=1)) == _key(it["before"])]
                    if pos:
                        mark = _MARK.match(lines[pos[0]]).group(0)
                        lines[pos[0]] = mark + it["text"] if it["text"] else None
            lines = [ln for ln in lines if ln is not None]
            continue
        new_bullets = [ln.strip() for it in items for ln in it["text"].split("\n") if ln.strip()]
        marks = [_MARK.match(lines[s]).group(0) for s, _ in spans]
        out = list(lines)
        for s, e in spans:
            for k in range(s, e):
                out[k] = None
        for n, (s, _) in enumerate(spans):
            if n < len(new_bullets):
                out[s] = marks[n] + new_bullets[n]
        extra = [marks[-1] + b for b in new_bullets[len(spans):]]
        last = spans[-1][0]
        out = out[:last + 1] + extra + out[last + 1:]
        lines = [ln for ln in out if ln is not None]
    return "\n".join(lines)
