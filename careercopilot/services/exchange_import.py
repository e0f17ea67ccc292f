"""Import of the user's tracker from CSV: our own export or a generic tracker export.

Import (:func:`import_csv`) reads our export format **or** a generic tracker export
(Huntr/Teal-like). Header names are matched case-insensitively after collapsing spaces,
``_`` and ``-``; the mapping is :data:`COLUMN_ALIASES` (required: company and title):

=================  ==========================================================
field              accepted headers
=================  ==========================================================
company            company, company name, employer, organization
title              title, job title, position, job position, role
url                url, link, job url, job link, posting url, job posting url
stage              stage, status, pipeline stage, list
applied_at         applied_at, date applied, applied date, applied on, application date
notes              notes, note, comments
follow_up_on       follow_up_on, follow up, follow up date, follow-up date
salary_*           salary_expectation / salary, salary_offer, salary_currency / currency
source_label       source, source_label, job source
work_mode          work_mode, work mode, remote, location type
stage_history      stage_history (our format; rebuilt into StageEvents)
id                 id (our export: a row whose id is one of the user's applications is a duplicate)
=================  ==========================================================

Status words are mapped by :data:`STATUS_ALIASES` (e.g. wishlist/bookmarked → saved,
phone screen/interview → interviewing, hired → accepted, declined → withdrawn); an
unknown status is reported for that line. Dates: ISO 8601, ``MM/DD/YYYY`` (US order,
as Huntr/Teal write them), ``DD.MM.YYYY``, ``Mon D, YYYY``; date-only values mean 00:00
in the user's time zone. A date that leaves datetime's range (years 1–9999) once moved to UTC
or to the user's zone (``9999-12-31T23:59:59-14:00``, ``0001-01-01`` in Tokyo) is a line error
"… is out of range" (attack129 finding 3: its OverflowError ended the whole import, retried).
``stage_history`` holds at most :data:`MAX_HISTORY_EVENTS` items per row (a line error past it;
attack129 finding 8: one row created 3000 events).

Text: every cell goes through ``text_guard.clean_column`` — the rule of a normal write's flush
hook, which the Core bulk insert skips (attack129 finding 1): one-line columns (company, title,
source) lose tags, control, bidi and zero-width characters; notes lose C0 controls. Duplicates
are found on the cleaned text.

Concurrency: each batch is checked and inserted holding the user's row lock
(``applications.room_left(lock=True)``: ``SELECT … FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE``
on SQLite), and rows another writer stored since the import began are re-read there, so two
imports of one file running at once still store each row once (attack129 finding 2: 20,000 rows
from 10,000). ``exchange_uploads.start_import`` also lets one import per user run at a time.

Encodings: a UTF-8 BOM → ``utf-8-sig`` (UTF-16 uploads — Excel "Unicode Text" — are turned into
that by ``exchange_uploads.store_import_upload``); otherwise the file is checked as UTF-8 in 1 MiB
chunks and falls back to cp1252 (then latin-1, which never fails). The delimiter is the one of
``,``, tab and ``;`` found most often in the header line (``,`` on a tie: Excel's "Text (Tab
delimited)" and "Unicode Text" write tabs, European Excel semicolons). Rows are streamed
through :class:`csv.DictReader` over a text stream and inserted in batches of
:data:`BATCH_SIZE` (committed per batch, so a 50,000-row file keeps memory flat and
progress is real). Invalid rows are reported with their line number (header = line 1)
and skipped; valid rows are imported; rows already present are skipped, so re-importing
a file never duplicates. Duplicate rule (:func:`is_duplicate`): a row is a duplicate of an
application (already stored, or an earlier row of the same file) with the same ``id``
(our own export), or with the same normalized company + title (case-folded, whitespace
collapsed) — unless both carry a URL and the URLs differ (normalized: case-folded,
trailing ``/`` dropped); two postings of one title at one company are told apart only
by their URLs, and a row without a URL cannot be told apart, so it counts as a duplicate.

The stored-upload path (the background import job) is :mod:`careercopilot.services.exchange_uploads`;
the export side is :mod:`careercopilot.services.exchange`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import BinaryIO

from sqlalchemy import insert
from sqlmodel import Session, col, func, select

from careercopilot import text_guard
from careercopilot.models import Application, PipelineStage, StageEvent
from careercopilot.services.applications import (
    TrackerError,
    clean_url,
    dedupe_key,
    local_midnight_utc,
    room_left,
    tracker_full_message,
    user_zone,
)


#: Rows per INSERT batch / commit during import.
BATCH_SIZE = 1000
#: Most per-line errors kept in an import report (the count is always exact).
MAX_REPORTED_ERRORS = 500
#: Most ``stage_history`` items one row may carry (attack129 finding 8). A tracked application
#: moves through at most seven stages; 100 leaves room for back-and-forth moves of a long search.
MAX_HISTORY_EVENTS = 100

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "company": ("company", "company name", "employer", "organization", "organisation"),
    "title": ("title", "job title", "position", "job position", "role", "position title"),
    "url": ("url", "link", "job url", "job link", "posting url", "job posting url", "job listing url"),
    "stage": ("stage", "status", "pipeline stage", "list"),
    "applied_at": ("applied at", "date applied", "applied date", "applied on", "application date", "applied"),
    "notes": ("notes", "note", "comments"),
    "follow_up_on": ("follow up on", "follow up", "follow up date"),
    "salary_expectation": ("salary expectation", "salary", "expected salary"),
    "salary_offer": ("salary offer", "offer", "offer amount"),
    "salary_currency": ("salary currency", "currency"),
    "source_label": ("source label", "source", "job source"),
    "work_mode": ("work mode", "remote", "location type", "workplace type"),
    "stage_history": ("stage history",),
    "archived": ("archived",),
    "created_at": ("created at", "date added", "date saved"),
}
STATUS_ALIASES: dict[str, str] = {
    "saved": "saved", "wishlist": "saved", "bookmarked": "saved", "interested": "saved", "to apply": "saved",
    "applying": "saved", "planned": "saved",
    "applied": "applied", "submitted": "applied", "application submitted": "applied",
    "interviewing": "interviewing", "interview": "interviewing", "interviews": "interviewing",
    "phone screen": "interviewing", "screening": "interviewing", "onsite": "interviewing",
    "offer": "offer", "offered": "offer", "negotiating": "offer",
    "accepted": "accepted", "hired": "accepted", "offer accepted": "accepted",
    "rejected": "rejected", "not selected": "rejected", "no response": "rejected",
    "withdrawn": "withdrawn", "declined": "withdrawn", "archived": "withdrawn",
}
_WORK_MODES = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite", "on site": "onsite",
               "office": "onsite", "in office": "onsite", "yes": "remote", "true": "remote", "no": "onsite"}
_HISTORY_ITEM = re.compile(r"^\s*(\S+)\s+([a-z]*)\s*->\s*([a-z]+)\s*$")


class ImportFormatError(ValueError):
    """The file cannot be imported at all (not CSV, missing required columns)."""


# --------------------------------------------------------------------------- import


@dataclass
class ImportReport:
    """Outcome of an import: counts and per-line errors ``(line, message)`` (header = line 1)."""

    imported: int = 0
    duplicates: int = 0
    invalid: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # our field → header found
    encoding: str = ""

    def to_dict(self) -> dict:
        return {"imported": self.imported, "duplicates": self.duplicates, "invalid": self.invalid,
                "errors": [list(e) for e in self.errors], "columns": self.columns, "encoding": self.encoding}

    @classmethod
    def from_dict(cls, d: dict) -> ImportReport:
        return cls(d.get("imported", 0), d.get("duplicates", 0), d.get("invalid", 0),
                   [(int(a), str(b)) for a, b in d.get("errors", [])], d.get("columns", {}), d.get("encoding", ""))


def detect_encoding(fp: BinaryIO) -> str:
    """``utf-8-sig`` (BOM), ``utf-8`` (valid throughout), else ``cp1252`` or ``latin-1``.

    Reads the stream in 1 MiB chunks and seeks back to where it started.
    """
    start = fp.tell()
    head = fp.read(3)
    if head.startswith(codecs.BOM_UTF8):
        fp.seek(start)
        return "utf-8-sig"
    fp.seek(start)
    candidates = ["utf-8", "cp1252"]
    for enc in candidates:
        dec = codecs.getincrementaldecoder(enc)()
        try:
            while chunk := fp.read(1 << 20):
                dec.decode(chunk)
            dec.decode(b"", final=True)
            fp.seek(start)
            return enc
        except UnicodeDecodeError:
            fp.seek(start)
    return "latin-1"


def _norm_text(v: str | None) -> str:
    return re.sub(r"\s+", " ", (v or "").strip().casefold())


def identity_key(company: str | None, title: str | None) -> str:
    """Normalized ``company|title`` (case-folded, whitespace collapsed): the duplicate identity."""
    return f"{_norm_text(company)}|{_norm_text(title)}"


def normalized_url(url: str | None) -> str:
    """Case-folded URL without surrounding space or trailing ``/``; ``""`` when there is none."""
    return _norm_text(url).rstrip("/")


def is_duplicate(known_urls: set[str] | None, url: str | None) -> bool:
    """Whether a row with ``url`` duplicates applications of the same :func:`identity_key`
    whose :func:`normalized_url` values are ``known_urls`` (``""`` = no URL).

    Rule: same company + title is a duplicate unless both rows carry URLs and they differ.
    """
    if not known_urls:
        return False
    u = normalized_url(url)
    return not u or "" in known_urls or u in known_urls


def _identity_index(session: Session, user_id: int) -> dict[str, set[str]]:
    """identity_key → normalized URLs of the user's stored applications (archived included).
    One streamed query; memory grows with the user's application count (~100 B each)."""
    index: dict[str, set[str]] = {}
    rows = session.exec(select(Application.company, Application.title, Application.url)
                        .where(Application.user_id == user_id).execution_options(yield_per=5000))
    for company, title, url in rows:
        index.setdefault(identity_key(company, title), set()).add(normalized_url(url))
    return index


def sniff_delimiter(fp: BinaryIO, encoding: str) -> str:
    """``,``, tab or ``;``: the one found most often in the header line (the first 64 KiB decoded
    with ``encoding``; ``,`` on a tie). Seeks back to where it started."""
    start = fp.tell()
    head = fp.read(1 << 16).decode(encoding, errors="replace")
    fp.seek(start)
    first = head.splitlines()[0] if head else ""
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _norm_header(h: str) -> str:
    return re.sub(r"[\s_\-]+", " ", (h or "").replace("\ufeff", "").strip().lower())


def map_columns(headers: list[str]) -> dict[str, str]:
    """Our field → the file's header, via :data:`COLUMN_ALIASES`; raises ImportFormatError
    naming the missing required columns and the headers found."""
    normalized = {_norm_header(h): h for h in headers if h is not None}
    mapping: dict[str, str] = {}
    for fld, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in normalized:
                mapping[fld] = normalized[alias]
                break
    missing = [label for fld, label in (("company", "Company"), ("title", "Job Title/Position")) if fld not in mapping]
    if missing:
        found = ", ".join(h for h in headers if h) or "(none)"
        raise ImportFormatError(
            f"Missing required column(s): {', '.join(missing)}. Found: {found}. "
            "Expected our export format or headers like Company, Job Title, URL, Status, Date Applied, Notes."
        )
    return mapping


def _unneutralize(text: str) -> str:
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r" else text


_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")


def parse_when(raw: str, zone) -> datetime | None:
    """A date/time cell → aware UTC datetime (date-only = 00:00 in ``zone``); "" → None.

    Raises ValueError with a readable message for unparseable text.
    """
    raw = (raw or "").strip()
    if not raw:
        return None
    iso = raw[:-1] + "+00:00" if raw.endswith("Z") else raw
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        value = None
    try:
        if value is not None:
            if len(raw) <= 10:  # date only
                return in_range(local_midnight_utc(value.date(), zone), zone)
            return in_range(value if value.tzinfo else value.replace(tzinfo=zone), zone)
        for fmt in _DATE_FORMATS:
            try:
                day = datetime.strptime(raw, fmt).date()
            except ValueError:
                continue
            return in_range(local_midnight_utc(day, zone), zone)
    except OverflowError:
        raise _out_of_range(raw) from None
    raise ValueError(f"unrecognized date {raw[:40]!r} (use YYYY-MM-DD or MM/DD/YYYY)")


def _out_of_range(raw: str) -> ValueError:
    return ValueError(f"date {raw[:40]!r} is out of range (years 1 to 9999, in UTC and in your time zone)")


def in_range(value: datetime, zone) -> datetime:
    """Aware ``value`` as UTC, after checking it can also be shown in ``zone`` (the cards, the
    calendar and the export convert it); OverflowError past year 1 or 9999 in either."""
    utc = value.astimezone(timezone.utc)
    utc.astimezone(zone)
    return utc


def _stage(raw: str) -> str:
    key = re.sub(r"\s+", " ", (raw or "").strip().lower())
    if not key:
        return PipelineStage.saved.value
    if key in STATUS_ALIASES:
        return STATUS_ALIASES[key]
    raise ValueError(f"unknown status {raw[:40]!r}")


def _amount(raw: str, name: str) -> float | None:
    """A salary cell as other trackers write it ("$120,000", "120k", "€50.000", "USD 90000";
    ``normalize.salary_input``) → the amount; raises ValueError naming the column."""
    from careercopilot.normalize.salary_input import parse_salary_input

    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        value = parse_salary_input(raw, what=name).per_year()
    except ValueError:
        raise ValueError(f"{name} is not an amount (e.g. 150000, 150k, $150,000)") from None
    if not 0 <= value <= 1e9:
        raise ValueError(f"{name} out of range")
    return value


def _parse_history(cell: str, zone=timezone.utc) -> list[tuple[str | None, str, datetime]]:
    """``stage_history`` (``<ISO time> <from>-><to>`` items joined by ``;``) → ``(from, to, UTC time)``;
    ValueError for an unreadable item, an unknown stage, a time out of range or more than
    :data:`MAX_HISTORY_EVENTS` items."""
    parts = [p for p in (cell or "").split(";") if p.strip()]
    if len(parts) > MAX_HISTORY_EVENTS:
        raise ValueError(f"stage_history has {len(parts)} items; at most {MAX_HISTORY_EVENTS} are imported per row")
    items = []
    for part in parts:
        m = _HISTORY_ITEM.match(part)
        if not m:
            raise ValueError(f"unreadable stage_history item {part.strip()[:60]!r}")
        at_raw, frm, to = m.groups()
        at = datetime.fromisoformat(at_raw[:-1] + "+00:00" if at_raw.endswith("Z") else at_raw)
        try:
            at = in_range(at if at.tzinfo else at.replace(tzinfo=timezone.utc), zone)
        except OverflowError:
            raise _out_of_range(at_raw) from None
        for s in (frm, to):
            if s and s not in {p.value for p in PipelineStage}:
                raise ValueError(f"unknown stage {s!r} in stage_history")
        items.append((frm or None, to, at))
    return items


@dataclass
class _Row:
    app: dict  # column values of one Application row (Core insert, no ORM object)
    events: list[tuple[str | None, str, datetime]]

    @property
    def key(self) -> str:
        return self.app["dedupe_key"]


def _build(row: dict, cols: dict[str, str], user_id: int, zone, now: datetime) -> _Row:
    def get(fld: str) -> str:
        """The cell of ``fld``, un-neutralized and cleaned as a normal write cleans that column."""
        h = cols.get(fld)
        return text_guard.clean_column("application", fld, _unneutralize((row.get(h) or "").strip())).strip() if h else ""

    company, title = get("company"), get("title")
    if not company:
        raise ValueError("company is empty")
    if not title:
        raise ValueError("title is empty")
    if len(company) > 300 or len(title) > 500:
        raise ValueError("company (300) or title (500) too long")
    try:
        url = clean_url(get("url"))
    except TrackerError as exc:
        raise ValueError(str(exc)) from None
    stage = _stage(get("stage"))
    applied_at = parse_when(get("applied_at"), zone)
    created_at = parse_when(get("created_at"), zone) or now
    follow = get("follow_up_on")
    try:
        follow_on = parse_when(follow, zone).astimezone(zone).date() if follow else None
    except OverflowError:
        raise _out_of_range(follow) from None
    notes = get("notes")
    if len(notes) > 20_000:
        raise ValueError("notes longer than 20000 characters")
    currency = get("salary_currency").upper() or None
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValueError("salary_currency must be a 3-letter code")
    wm_raw = get("work_mode").lower()
    work_mode = _WORK_MODES.get(wm_raw) if wm_raw else None
    history = _parse_history(get("stage_history"), zone) if cols.get("stage_history") else []
    if not history:
        history = [(None, "saved", min(created_at, applied_at) if applied_at else created_at)]
        if stage != "saved":
            history.append(("saved", stage, applied_at or now))
    if applied_at is None and stage in {"applied", "interviewing", "offer", "accepted"}:
        applied_at = next((at for _f, to, at in history if to in {"applied", "interviewing", "offer", "accepted"}), None)
    app = dict(
        user_id=user_id, posting_id=None, resume_id=None, company=company, title=title, url=url, stage=stage,
        applied_at=applied_at, follow_up_on=follow_on, notes=notes,
        salary_expectation=_amount(get("salary_expectation"), "salary_expectation"),
        salary_offer=_amount(get("salary_offer"), "salary_offer"), salary_currency=currency, posting_snapshot="",
        source_label=(get("source_label") or "import")[:60], work_mode=work_mode,
        archived=get("archived").lower() in {"true", "1", "yes"}, dedupe_key=dedupe_key(company, title, url),
        created_at=created_at, updated_at=now,
    )
    return _Row(app, history)


#: How often a batch that lost a race for the tracker's last places (SQLite: counted before a
#: concurrent import committed) is counted and tried again before the import stops there.
RACE_RETRIES = 3


def import_csv(
    *, session: Session, user_id: int, stream: BinaryIO, progress: Callable[[int, str], None] | None = None,
    total_bytes: int | None = None, batch_size: int = BATCH_SIZE,
    checkpoint: Callable[[int, ImportReport], None] | None = None, resume: tuple[int, ImportReport] | None = None,
) -> ImportReport:
    """Import applications from a CSV byte stream (see module docstring for the format).

    Commits after each batch (a crash keeps finished batches; re-running is dedupe-safe). Stops at the
    tracker's bound (``applications.room_left``) with a line error saying so.
    ``progress(pct 0–100, message)`` is called after each batch when given.
    ``checkpoint(line, report)`` is called after each committed batch: the file's line reached (1-based,
    the header is line 1) and the report so far. ``resume=(line, report)`` — a checkpoint of an earlier run
    of this file that stopped (a worker crash) — skips lines up to ``line`` and continues that report, so
    the rows the first run stored count as imported, not as duplicates of themselves (attack129, INFO 2).
    Raises ImportFormatError when the header lacks the required columns or the file is empty.
    """
    encoding = detect_encoding(stream)
    delimiter = sniff_delimiter(stream, encoding)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        headers = reader.fieldnames
    except csv.Error as exc:
        raise ImportFormatError(f"Not a readable CSV file: {exc}") from None
    if not headers:
        raise ImportFormatError("The file is empty: expected a header row with Company and Job Title columns.")
    cols = map_columns(list(headers))
    report = ImportReport(columns=cols, encoding=encoding)
    resume_line = 0
    if resume is not None:
        resume_line, done = resume
        report = ImportReport(done.imported, done.duplicates, done.invalid, list(done.errors), cols, encoding)
    zone = user_zone(session, user_id)
    now = datetime.now(timezone.utc)
    seen = [session.exec(select(func.max(Application.id)).where(Application.user_id == user_id)).one() or 0]
    index = _identity_index(session, user_id)  # also receives the file's accepted rows
    stored_since: dict[str, set[str]] = {}  # rows another writer stored after `index` was read
    use_ids = "id" in cols and "stage_history" in cols  # only our own export carries our ids
    pending: list[tuple[int, _Row, int | None]] = []
    room = room_left(session, user_id)  # the tracker's bound: the import stops there (checked again per batch)
    stop = [False]  # set when a batch found the tracker full

    def error(line: int, msg: str) -> None:
        report.invalid += 1
        if len(report.errors) < MAX_REPORTED_ERRORS:
            report.errors.append((line, msg))

    def flush() -> None:
        if not pending:
            return
        ids = {i for _l, _r, i in pending if i is not None}
        for _attempt in range(RACE_RETRIES + 1):
            room = room_left(session, user_id, lock=True)  # counted now: another import may run meanwhile
            # under that lock: rows another import (a second tab) stored since this one read the tracker
            for app_id, company, title, url in session.exec(
                    select(Application.id, Application.company, Application.title, Application.url)
                    .where(Application.user_id == user_id, Application.id > seen[0])):
                seen[0] = max(seen[0], app_id)
                stored_since.setdefault(identity_key(company, title), set()).add(normalized_url(url))
            existing_ids = set(session.exec(
                select(Application.id).where(Application.user_id == user_id, col(Application.id).in_(ids))
            ).all()) if ids else set()
            fresh, lines, duplicates = [], [], 0
            for line_no, r, rid in pending:
                if (rid is not None and rid in existing_ids) or is_duplicate(
                        stored_since.get(identity_key(r.app["company"], r.app["title"])), r.app["url"]):
                    duplicates += 1
                else:
                    fresh.append(r)
                    lines.append(line_no)
            full = len(fresh) > max(room, 0)
            if full:
                cut_line, fresh = lines[max(room, 0)], fresh[:max(room, 0)]
            if fresh:  # Core bulk inserts: ~10x faster than ORM objects for 50k rows
                app_table, event_table = Application.__table__, StageEvent.__table__
                new_ids = session.execute(
                    insert(app_table).returning(app_table.c.id, sort_by_parameter_order=True), [r.app for r in fresh]
                ).scalars().all()
                session.execute(insert(event_table), [
                    {"application_id": app_id, "user_id": user_id, "from_stage": f, "to_stage": t, "at": at}
                    for app_id, r in zip(new_ids, fresh, strict=True) for f, t, at in r.events
                ])
            if fresh and room_left(session, user_id) < 0:
                # SQLite: a concurrent import took places after this batch counted them (its lock is
                # PostgreSQL's only): undo, and count again now that the other one has committed
                session.rollback()
                continue
            break
        else:
            error(lines[0], f"{tracker_full_message()} This line and the rest of the file were not imported.")
            stop[0] = True
            pending.clear()
            return
        report.duplicates += duplicates
        if fresh:
            seen[0] = max(seen[0], *new_ids)  # this import's own rows are no "stored since"
        if full:
            error(cut_line, f"{tracker_full_message()} This line and the rest of the file were not imported.")
            stop[0] = True
        session.commit()
        report.imported += len(fresh)
        reached = pending[-1][0]
        pending.clear()
        if checkpoint is not None:
            checkpoint(reached, report)
        if progress is not None:
            pct = 99
            if total_bytes:
                try:
                    pct = min(99, int(stream.tell() * 100 / total_bytes))
                except (OSError, ValueError):
                    pass
            progress(pct, f"{report.imported} imported, {report.duplicates} duplicates, {report.invalid} invalid")

    prev_line = reader.line_num
    try:
        for row in reader:
            line, prev_line = prev_line + 1, reader.line_num
            if line <= resume_line:  # stored (or counted) by the run this one resumes
                continue
            if None in row:  # more cells than headers
                row.pop(None, None)
            if not any((v or "").strip() for v in row.values()):
                continue
            try:
                built = _build(row, cols, user_id, zone, now)
            except ValueError as exc:
                error(line, str(exc))
                continue
            except ArithmeticError:  # OverflowError of a date no rule above caught: still this line only
                error(line, "a date of this line is out of range")
                continue
            rid = None
            if use_ids:
                raw_id = (row.get(cols["id"]) or "").strip()
                rid = int(raw_id) if raw_id.isdigit() else None
            ident = identity_key(built.app["company"], built.app["title"])
            if is_duplicate(index.get(ident), built.app["url"]):
                report.duplicates += 1
                continue
            if stop[0] or report.imported + len(pending) >= room:
                if not stop[0]:
                    error(line, f"{tracker_full_message()} This line and the rest of the file were not imported.")
                break
            index.setdefault(ident, set()).add(normalized_url(built.app["url"]))
            pending.append((line, built, rid))
            if len(pending) >= batch_size:
                flush()
                if stop[0]:
                    break
    except csv.Error as exc:
        error(reader.line_num, f"CSV syntax error: {exc}")
    flush()
    text.detach()
    if progress is not None:
        progress(100, f"{report.imported} imported, {report.duplicates} duplicates, {report.invalid} invalid")
    return report
