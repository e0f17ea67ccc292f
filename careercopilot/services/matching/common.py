"""Shared helpers of matching: clock, money (annual USD via ECB rates), posting location
text, small caches, visibility of postings to a user and the vector-index filter."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, PostingHide
from careercopilot.schemas import JobFilters


#: Identity of stored scores (``MatchScore.model_version``): the embedding model's
#: :data:`~careercopilot.integrations.embeddings.MODEL_VERSION` plus the score formula's
#: revision. Bumping the revision leaves older rows for history; every user is rescored
#: on their next visit (``rank_postings`` sees no rows of this version → ``needs_refresh``).
#: score-2 (issue 11): occupation-aware title fit, skill evidence, calibrated 0–100.
#: score-3 (issue 11): a failed location or work-mode check × 0.5 (was 0.85); occupations of
#: generic and "Director of <function>" titles; resume level; title fit from the person's
#: majority family.
#: score-4 (issue 11): posting families after the published family definitions, generic
#: heads qualified by another segment, posting/resume level cues, resume skills without
#: mentions in passing, the calibrated score placed in the band its occupation earns (steps.in_band).
#: score-5 (issue 11): posting occupations of organizational-unit functions and civil-service
#: titles; commissioner/deputy-chief/art-director and bare trade-title levels.
#: score-6 (issue 11): the person's profession from a weighted vote of their target titles, the
#: titles their resume asks for, the current title and credentials (``normalize.person_occupation``);
#: security/investigator, client-service, program-officer, chief-X-officer, trade-foreman and
#: medical-coder titles read into their families.md families.
#: Also in score-6 (session 12): a score capped below a band's floor is a whole point below it (74, 29;
#: ``steps._BELOW``), so it is never shown as the floor.
#: score-7 (issue 11, session 13): the strong-fit band needs the posting's skills
#: (``steps.strong_fit``); scores kept under a band keep their order (``steps._below``);
#: stationary engineers, health inspectors, planners of places, call/contact-center leaders
#: read into their families.md families; "II" is mid, a trade's chief lead; generic current
#: titles have no job zone; a move into a next-door field keeps at most mid.
#: score-8 (issue 11, session 14): the person's level as resumes show it (people supervised → lead;
#: a practitioner's years keep mid; asking for the job one holds is no career change) and profession
#: from the resume's body (summary self-description, licences beside degrees, a clinical manager's
#: licence — also for postings); litigation support/eDiscovery legal, public information officers
#: marketing, nurse practitioners senior (``normalize.level_reading``, ``normalize.person_occupation``).
#: score-10 (issue 11, session 17): posting skills read by sections (``normalize.posting_sections``):
#: company/benefits/EEO sections name no required skill; a preferred skill never lowers the skills
#: component (``scoring.PREFERRED_BONUS``) nor counts toward a skill gap. (score-9 was match16's,
#: reverted: not reused, so no stored row of it is read as current.)
#: score-11 (issue 11, session 17, with score-10's sections): levels of ladders named by a phrase (GS grades, support-grade III, bank
#: officer grades, in-house legal, police ranks, sous chefs, fellows: ``level_reading.TITLE_RUNGS``) and
#: what resumes say (a first job in the field, a return after a break, acting rungs, stated years).
#: score-9 (specialties within one occupation) was merged and reverted again in session 17: with it the e2e
#: keyboard trial's Save after a resume upload missed its 15 s again (3 of 3 runs over two sessions; cause not
#: found; not reused).
#: score-12 (issue 11, session 17): score-10 and score-11 together, and an earlier title in the asked-for
#: field is no career change (``profile._held_in_family``).
#: score-13 (issue 11, session 18): families that share work are the labeling guide's adjacency table
#: (``occupation_families.work_relation``); executives and department heads read by the function they head,
#: dispatch, British/Indian/Australian title forms, generic employer titles no career change
#: (``occupation_heads``, ``person_occupation``); the level a resume asks for, journey cards, self-described
#: individual contributors, new graduates of any licensed field (``level_reading.asked_level``).
#: score-14 (issue 11, session 20): titles' families by the department or function they head, in any word
#: order, C-suite by function (``occupation_heads``); crew and school rungs, casual/part-time qualifiers,
#: two-column PDF pastes unfolded before the current title is read (``level_reading``,
#: ``normalize.text_columns``); skills read with their trade's context (``normalize.skill_senses``); levels of
#: offices: C-suite initials, public-sector heads, provosts, registrars (``normalize.level_offices``).
#: score-15 (issue 11, session 21): a posting whose title leaves its family open is read from its duties and
#: requirements (``normalize.occupation_postings``); plural, coded and two-role titles (``occupation_forms``);
#: owners', ranks' and students' own titles read by the work they name (``person_occupation.own_title_occupation``);
#: soft skills are no evidence of fit, verb-object and shared-head skill forms (``normalize.skill_forms``).
#: score-16 (issue 11, session 22): title patterns that fix a posting's family before the description votes
#: (``normalize.occupation_specialties``), a program/project manager by the staff they run, technical program
#: managers as software, by the work the resume describes (``person_occupation``); numbered managers as steps,
#: asked ranges, returners' rungs,
#: training entries not counted as years (``level_cues``, ``level_reading``, ``resume_fields``); skill words in
#: pastimes, civil-service eligibility lines and addresses dropped (``normalize.skill_context``).
#: score-17 (issue 11, session 23): a licence the posting requires and the resume does not show keeps it under the
#: strong band (``normalize.licence_requirements``); another occupation of the person's family ranks under their own
#: in the strong band (``occupation_band``); rank-lookalike title words ("Full-Charge", "Charge Nurse":
#: ``normalize.level_lookalikes``) and one reading of a posting's level for factor and check; two-role titles
#: (``dual_roles``); titles by the unit they serve and budget analysts named by an agency (``occupation_units``,
#: ``occupation_unit_titles``); "remote or <place>" work modes (``place_phrases``); another person's credential
#: and skill words inside compounds are no skills (``role_nouns``, ``skill_compounds``); CamelCase product names.
#: score-18 (issue 11, session 24): US regions, radii and per-place work modes in place preferences
#: (``normalize.place_groups``, ``place_verdicts``); nonprofit program heads and government unit chiefs
#: (``person_programs``, ``occupation_heads.unit_chief_reading``); another occupation of the person's field with no
#: evidence of fit (``occupation_evidence``), clinical-domain case managers/educators and a licensed occupation held
#: against other target titles (``occupation_domains``, ``person_licensed``); product names used as common nouns
#: and nursing units as places of work are no skills (``skill_common_nouns``).
#: score-19 (issue 11, session 25): a title's head holds it back from its modifier's field — fire/life-safety
#: engineers are engineers, grants managers run programmes, a chief of highway design is a civil engineer, a field
#: superintendent builds; a supervisor O*NET files with other workers is read by the workplace its posting names
#: (``normalize.occupation_modifiers``).
#: score-20 (issue 11, session 26): a shared title head (estimator, lab technician, scheduler) read from the work
#: the resume describes (``normalize.person_work``); court reporters are legal; failing both the target title and the
#: seniority keeps a posting out of "strong fit", unit managers (store, restaurant, shift) count as a unit-management
#: target's function (``normalize.unit_management``); hourly pay annualised at the posting's stated weekly hours
#: (``normalize.work_hours``, revision 0018).
#: score-21 (issue 11, session 27): civil-service class titles and a firm's ranks read by class and trade
#: (``normalize.occupation_classes``, ``normalize.person_employer``); academic CVs by their discipline, military
#: occupation codes, stock titles as logistics (``academic_titles``, ``military_codes``, ``occupation_stock``);
#: products under their O*NET class and a held title's workplace skills (``skill_brands``,
#: ``held_title_skills``); a title's places and season/vanity words are not its role (``title_places``,
#: ``occupation_votes``); hidden description text removed at ingest.
#: score-22 (issue 11, session 28): officers' billets, titles naming no field, contractor labor categories, dual
#: titles and stepping down (``military_billets``, ``open_titles``, ``labor_categories``, ``level_targets``);
#: truncated O*NET alternate titles and armed-forces votes (``occupation_truncations``, ``occupation_votes``);
#: nurse-headed titles and account managers' levels (``occupation_nurses``, ``level_reading``); industry software
#: and departments named as units (``skills.json``, ``skill_departments``); a target naming its occupation is not
#: its field (``explanations``); places rebuilt from the server's own data (``place_trust``).
#: score-23 (issue 11, session 29): gig "partner" titles and assistant managers' rungs, training managers of
#: teaching staff, certificates for the next job, refused asks (``title_levels``, ``person_programs``,
#: ``person_occupation``, ``profile``); trade installers, shortened title words and internal-control titles
#: (``occupation_families``, ``title_spellings``, ``occupation_controls``); remote limited to or excluding
#: states (``residency``); practice software and techniques under their class (``skill_hierarchy.json``).
#: score-24 (issue 11, session 30): service words as other fields' titles, next-step asks, "CURRENT JOB" headings
#: (``occupation_service_words``, ``resume_title_lines``, ``person_occupation``); field-service and building trades,
#: possessives and split compounds, stray head nouns, coordinators by what they coordinate
#: (``occupation_field_service``, ``title_spellings``, ``occupation_head_nouns``, ``occupation_coordinators``); trade
#: licences (``licence_trades``); clientele sectors and benefits lead-ins yield no skills (``skill_clientele``,
#: ``posting_sections``); joined installer/apprentice titles count as jobs (``resume_fields``).
#: score-25 (session 31): industry rank and vanity titles read by their ladder, practice of heads without dates
#: (``industry_ranks``, ``practice_heads``); misspelt titles and kitchen/rig jargon ladders (``title_typos``,
#: ``occupation_jargon``), borrowed staff are no team (``level_cues``); posting abbreviations and employer
#: industries (``occupation_posting_words``, ``occupation_forms``); stated moves (``stated_cues``) and skill
#: senses (``skill_senses``).
#: score-26 (session 32): interpreters and other boundary professions by their setting, ship ranks
#: (``occupation_settings``, ``industry_ranks``, ``title_levels.ship_rung``), Europass/South Asian CV headings and
#: form labels (``resume_sections``, ``resume_fields``); main/secondary/concurrent experience sections
#: (``experience_tiers``); "my first management role" and master's degree words are no rung (``level_cues``,
#: ``level_lookalikes``); a function's coordinator/specialist/manager rungs (``occupation_rungs``), a stated move
#: makes the old field "other" (``scoring.occupation_relation``), aPHR/SPHR/retail "front end" (skills, ``skill_senses``).
SCORE_MODEL_VERSION: str = f"{emb.MODEL_VERSION}+score-26"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def to_usd(amount: float, currency: str | None) -> tuple[float | None, str | None]:
    """``amount`` in ``currency`` → (USD, ECB rate date ISO) using the bundled ECB rates.

    Returns ``(None, None)`` for a currency the ECB does not quote. USD passes unchanged.
    """
    cur = (currency or "USD").upper()
    if cur == "USD":
        return float(amount), None
    conv = _converter()
    if cur not in conv.currencies:
        return None, None
    day = min(conv.bounds[cur].last_date, conv.bounds["USD"].last_date)
    return float(conv.convert(amount, cur, "USD", date=day)), day.isoformat()


def annual_usd(lo: float | None, hi: float | None, currency: str | None, period: str | None, *,
               weekly_hours_min: float | None = None, weekly_hours: float | None = None,
               ) -> tuple[float | None, float | None, str | None]:
    """A salary range → (annual USD min, annual USD max, rate date); unknown parts None.

    An hourly rate with the posting's stated hours a week (``weekly_hours_min``–``weekly_hours``,
    ``normalize.work_hours``) is annualised at those hours × 52, each end on its own — the lowest
    rate × the fewest hours, the top rate × the most ("$25–30/hr × 24–32 h/week" → 31,200–49,920;
    a lone rate gives both ends) — instead of 2,080 h (issue 11, trial F7). Other periods and
    unknown hours annualise as ``normalize.salary.annualize``."""
    from careercopilot.normalize.salary import Salary, annualize
    from careercopilot.normalize.work_hours import yearly_hours

    if lo is None and hi is None:
        return None, None, None
    hours = yearly_hours(weekly_hours_min, weekly_hours) if period == "hour" else None
    if hours is not None:
        lo, hi = (lo if lo is not None else hi) * hours[0], (hi if hi is not None else lo) * hours[1]
        period = "year"
    try:
        yearly = annualize(Salary(min_amount=lo, max_amount=hi, currency=currency, period=period))
    except Exception:  # noqa: BLE001 - bad stored period
        return None, None, None
    if yearly is None:
        return None, None, None
    out, date = [], None
    for v in (yearly.min_amount, yearly.max_amount):
        if v is None:
            out.append(None)
            continue
        usd, d = to_usd(v, currency)
        out.append(usd)
        date = date or d
    return out[0], out[1], date


def posting_annual_usd(p: Any) -> tuple[float | None, float | None, str | None]:
    """:func:`annual_usd` of a posting (a ``JobPosting`` or any row with its salary columns and
    ``weekly_hours_min``/``weekly_hours``; a row without them is annualised at 2,080 h)."""
    return annual_usd(p.salary_min, p.salary_max, p.salary_currency, p.pay_period,
                      weekly_hours_min=getattr(p, "weekly_hours_min", None),
                      weekly_hours=getattr(p, "weekly_hours", None))


def posting_salary_label(p: Any, *, yearly: bool = False) -> str:
    """The salary label of a posting's card (``yearly``: its detail) with its stated hours
    (``normalize.work_hours.salary_label``): "USD 25–30 / hour · 24–32 h/week"."""
    from careercopilot.normalize.work_hours import salary_label

    return salary_label(p.salary_min, p.salary_max, p.salary_currency, p.pay_period,
                        getattr(p, "weekly_hours_min", None), getattr(p, "weekly_hours", None), yearly=yearly)


def location_text(p: JobPosting) -> str:
    """Location as shown on cards."""
    parts = p.location_text or ", ".join(x for x in (p.city, p.region, p.country) if x)
    return parts or ""


class _SkillCache:
    def __init__(self, size: int = 20000) -> None:
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            return self._d.get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self._d[key] = value
            if len(self._d) > self.size:
                self._d.popitem(last=False)




def _visible(p: JobPosting | None, user_id: int | None) -> bool:
    return p is not None and (p.owner_id is None or p.owner_id == user_id)


def _listable(p: JobPosting | None, user_id: int | None) -> bool:
    return _visible(p, user_id) and bool(p.is_open) and p.duplicate_of_id is None and not p.is_flagged


def _vector_filter(filters: JobFilters | None, user_id: int | None, *, now: datetime | None = None) -> vectors.VectorFilter:
    f = filters or JobFilters()
    floor = None
    if f.salary_floor:
        floor, _ = to_usd(f.salary_floor, f.salary_currency)
    posted_after = None
    if f.posted_within_days:
        posted_after = int(((now or _now()) - timedelta(days=f.posted_within_days)).timestamp())
    return vectors.VectorFilter(
        viewer_id=user_id, work_modes=(f.work_mode,) if f.work_mode else (), country=f.country,
        visa_only=f.visa_only, posted_after=posted_after, salary_floor_usd=floor,
        source_type=(f.source_type or None),
    )


#: Columns a posting list never shows (cards, search hits): deferred when cards are loaded.
HEAVY_COLUMNS = ("description_html", "description_text", "visa_evidence")


def card_options() -> list:
    """Loader options for posting cards: every column except :data:`HEAVY_COLUMNS` (a Jobs page
    of 20 cards reads no description text or HTML; issue 9, finding 16)."""
    from sqlalchemy.orm import defer

    return [defer(getattr(JobPosting, c)) for c in HEAVY_COLUMNS]


def listable_where(user_id: int | None) -> tuple:
    """SQL conditions of :func:`_listable`: open, not a duplicate, not flagged, shared or the user's own."""
    own = JobPosting.owner_id.is_(None)
    if user_id is not None:
        own = own | (JobPosting.owner_id == user_id)
    return (JobPosting.is_open, JobPosting.duplicate_of_id.is_(None), JobPosting.is_flagged.is_(False), own)


def owned_by(user_id: int):
    """SQL condition "a posting ``user_id`` owns" (a private URL import) written so the
    ``owner_id`` index drives it: the ids from that index, then the rows by primary key. Plain
    ``owner_id = ?`` next to :func:`listable_where` let SQLite (no statistics) walk every posting
    through the ``is_flagged`` index instead — 1.7 ms at 1,000 postings, linear in the corpus,
    on every search (issue 9)."""
    from sqlmodel import select

    key = posting_key_alias()
    return JobPosting.id.in_(select(key.id).where(key.owner_id == user_id))


@lru_cache(maxsize=1)
def posting_key_alias():
    """One ``aliased(JobPosting)`` for the id lookups of :func:`owned_by` and
    ``job_views.source_choices``, made once per process: a fresh alias per statement made
    SQLAlchemy rebuild its column proxies every time (2.4 of a Jobs load's 15 ms CPU went to
    ``corresponding_column``/``proxy_set``, session 11); an alias is an immutable construct,
    safe to share between statements and threads."""
    from sqlalchemy.orm import aliased

    return aliased(JobPosting)


def not_hidden_where(user_id: int | None):
    """SQL condition "not hidden by ``user_id``" ("Not interested", ``PostingHide``) for the Jobs
    list, search and ranking; always true without a user."""
    from sqlmodel import select, true

    if user_id is None:
        return true()
    return JobPosting.id.not_in(select(PostingHide.posting_id).where(PostingHide.user_id == user_id))
