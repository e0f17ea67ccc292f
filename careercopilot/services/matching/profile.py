"""What a resume + preferences contribute to scoring (:class:`Profile`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.models import Preference, Resume
from careercopilot.normalize.held_title_skills import held_title_skills
from careercopilot.normalize.level_cues import states_career_change
from careercopilot.normalize.licence_requirements import Held, held_licences
from careercopilot.services.matching.signals import _resume_titles, extract_skills, lexical_vector, title_vectors


@dataclass
class Profile:
    """What a resume + preferences contribute to scoring."""

    text: str
    skills: list[str]
    chunk_vectors: np.ndarray
    doc_vector: np.ndarray
    titles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    #: Wanted places (``normalize.places.Place`` dicts): what the location check reads.
    places: list[dict] = field(default_factory=list)
    work_modes: list[str] = field(default_factory=list)
    salary_floor: float | None = None
    salary_currency: str = "USD"
    salary_period: str = "year"
    needs_visa: bool = False
    seniority: str | None = None
    #: target titles + the resume's recent titles, and their embeddings (title component)
    person_titles: list[str] = field(default_factory=list)
    title_vectors: np.ndarray | None = None
    #: :func:`lexical_vector` of the resume text (lexical component)
    lex_vector: dict[str, float] = field(default_factory=dict)
    #: the person's occupations (``normalize.occupations.Occupation``), those of their
    #: profession first (``normalize.person_occupation``: target titles, titles the resume
    #: asks for, the current title, credentials); and the person's level (``occupations.LEVELS``)
    occupations: list = field(default_factory=list)
    level: str | None = None
    #: the person's profession (``normalize.person_occupation.person_family``); None = unknown
    family: str | None = None
    #: the licences the resume shows (``normalize.licence_requirements.Held``); None = not read (no
    #: licence gap is decided)
    licences: Held | None = None
    #: skills the held titles show at their workplaces (``normalize.held_title_skills.TitleSkill``): evidence
    #: for a posting that asks for one, not skills of the resume (trial 81: a restaurant GM's Restaurant Management)
    title_skills: list = field(default_factory=list)


def make_profile(text: str, *, skills: Iterable[str] | None = None, prefs: dict | None = None) -> Profile:
    """Embed a resume (chunked, memoized by hash) and gather its skills + preferences.

    ``prefs`` keys (all optional): titles, locations, places, work_modes, salary_floor,
    salary_currency, salary_period, needs_visa_sponsorship, seniority. ``places`` (structured,
    as stored on Preference) win; without them ``locations`` text is resolved
    (``normalize.places.parse_place_list``: "Denver, CO" is one place).
    """
    prefs = prefs or {}
    chunks, doc = emb.embed_document_cached(text or "")
    sk = list(skills or []) or extract_skills(text or "")
    sen = (prefs.get("seniority") or None)
    targets = [str(t) for t in prefs.get("titles") or [] if str(t).strip()]
    recent = _resume_titles(text or "")
    person_titles = list(dict.fromkeys(targets + recent))[:8]
    occupations, family, level = read_person(targets, recent, text or "", sen.lower() if isinstance(sen, str) else None)
    return Profile(
        occupations=occupations, level=level, family=family,
        text=text or "", skills=sk, chunk_vectors=chunks, doc_vector=doc,
        person_titles=person_titles, title_vectors=title_vectors(person_titles) if person_titles else None,
        lex_vector=lexical_vector(text or ""),
        titles=targets,
        locations=[str(t) for t in prefs.get("locations") or [] if str(t).strip()],
        places=_wanted_places(prefs),
        work_modes=[str(t).lower() for t in prefs.get("work_modes") or []],
        salary_floor=float(prefs["salary_floor"]) if prefs.get("salary_floor") not in (None, "") else None,
        salary_currency=(prefs.get("salary_currency") or "USD").upper(),
        salary_period=prefs.get("salary_period") or "year",
        needs_visa=bool(prefs.get("needs_visa_sponsorship") or prefs.get("needs_visa")),
        seniority=sen.lower() if isinstance(sen, str) else None,
        licences=held_licences(text or ""),
        title_skills=held_title_skills(text or ""),
    )


def _wanted_places(prefs: dict) -> list[dict]:
    """Structured places of ``prefs`` (``places``, else resolved from ``locations`` text).

    Stored places are rebuilt by ``normalize.place_trust.trusted_place`` (at most 20): a row
    saved before the picker's places were checked (a 1e300 radius, a group of 65,536 members:
    issue 11, attack102) is read as the server's own places, its junk dropped."""
    stored = [p for p in prefs.get("places") or [] if isinstance(p, dict)]
    if stored:
        from careercopilot.normalize.place_trust import UntrustedPlace, trusted_place

        places = []
        for raw in stored[:20]:  # services.preferences.MAX_LIST_ITEMS
            try:
                places.append(trusted_place(raw).model_dump())
            except UntrustedPlace:
                continue
        return places
    texts = [str(t) for t in prefs.get("locations") or [] if str(t).strip()]
    if not texts:
        return []
    from careercopilot.normalize.places import parse_place_list

    return [p.model_dump() for p in parse_place_list(texts)[0]]


#: Preference seniority words → ``normalize.occupations.LEVELS``.
PREFERENCE_LEVEL = {"junior": "entry", "entry": "entry", "mid": "mid", "senior": "senior", "staff": "lead",
                    "principal": "lead", "lead": "lead", "executive": "executive"}


def person_occupations(targets: list[str], recent: list[str], text: str, seniority: str | None
                       ) -> tuple[list, str | None]:
    """(occupations, level) of :func:`read_person`."""
    occs, _, level = read_person(targets, recent, text, seniority)
    return occs, level


def _held_in_family(titles: list[str], family: str | None) -> bool:
    """Whether one of the person's earlier titles (specific ones: a generic "Associate" reads no
    field) is already in ``family``: then asking for a job there is no career change, however the
    current title reads ("Senior Associate" after "Law Clerk" asking for Senior Counsel; "Head of
    Engineering" after "Senior Software Engineer" asking for VP Engineering — held-back set blind6,
    session 17: both were read as career changers at entry level)."""
    from careercopilot.normalize.occupations import generic_reading
    from careercopilot.normalize.person_occupation import own_title_occupation

    if not family:
        return False
    for title in titles:
        occ = own_title_occupation(title)
        if occ is not None and occ.code and not generic_reading(occ) and occ.family == family:
            return True
    return False


def read_person(targets: list[str], recent: list[str], text: str, seniority: str | None
                ) -> tuple[list, str | None, str | None]:
    """The person's occupations, profession and level: :func:`read_person_sources` with each
    reading's occupation only (``[Occupation]``, family, level)."""
    readings, family, level = read_person_sources(targets, recent, text, seniority)
    return [r.occupation for r in readings], family, level


def read_person_sources(targets: list[str], recent: list[str], text: str, seniority: str | None
                        ) -> tuple[list, str | None, str | None]:
    """The person's readings (``person_occupation.Reading``: occupation, source — target | stated |
    current | earlier | credential | summary —, weight and the title as written), profession and
    level — what :func:`read_person` reads, with where each occupation came from (the Resume
    page says it: ``services.resume_reading``).

    Occupations: every reading of ``normalize.person_occupation.person_readings`` (target
    titles, titles the resume asks for, the current = most recent resume title, credentials;
    unknown ones left out), those of the profession first. Profession:
    ``person_occupation.person_family`` (the weighted vote of the readings). Level: the stated
    seniority, else the middle level the target titles' level words name (when most name
    one), else the target titles' rung for a step down the resume says is on purpose
    (``level_targets.stepped_down_level``: a principal going back to the classroom), else the rung the resume's own words ask for (``level_reading.asked_level``; either held back to the
    current title's rung for a promotion asked for after few years, ``level_offices.stretch_held``), else entry for a career changer (a title
    the resume asks for, in a field ``person_occupation.changes_field``), else ``occupations.resume_level`` of the
    current title — of a dual title, the side the targets pick (``level_targets.held_side``:
    "Bookkeeper-Office Manager" asking for bookkeeping) — (level words, a stated career change, the
    occupation's job zone, the years of experience)."""
    from careercopilot.normalize.industry_ranks import ladder_level, plain_title
    from careercopilot.normalize.practice_heads import practice_of_heads
    from careercopilot.normalize.occupations import LEVELS, generic_reading, infer_level, resume_level
    from careercopilot.normalize.level_offices import stretch_held
    from careercopilot.normalize.level_targets import held_side, stepped_down_level
    from careercopilot.normalize.level_reading import asked_level, level_title, names_title_held, new_entrant
    from careercopilot.normalize.person_licensed import licensed_family
    from careercopilot.normalize.text_columns import unfold_columns
    from careercopilot.normalize.person_occupation import (
        READING_WEIGHTS,
        Reading,
        changes_field,
        discipline_keeps,
        own_title_occupation,
        person_family,
        person_readings,
    )

    years, certifications, current = None, "", recent[0] if recent else None
    try:
        from careercopilot.normalize.resume_fields import parse_resume_fields

        fields = parse_resume_fields(text)
        # licences and certificates sit in a certifications section or beside the degrees
        # ("EDUCATION / LICENSURE: LCSW, Pennsylvania, 2018", "Paralegal Certificate, Temple University")
        years = fields.years_experience
        certifications = "\n".join(fields.sections.get(k) or "" for k in ("certifications", "education"))
        # the header's headline ("Raymond Castellano / Superintendent") before the latest
        # experience entry's line ("Lead field operations on 5-story wood-over-podium")
        current = fields.current_title or current
    except Exception:  # noqa: BLE001 - a parser problem must not stop scoring
        pass
    # an industry's rank or a vanity title read as the plain title of the same work and rung ("Vice President, Credit
    # Underwriting" at a bank, no direct reports → "Senior Credit Analyst"; "Genius" → "Computer Repair Technician";
    # ``normalize.industry_ranks``, session 31 fam130)
    current = plain_title(current, text) or current
    as_written, recent = list(recent), [plain_title(t, text) or t for t in recent]
    readings = person_readings(targets, current, text, certifications, earlier=[t for t in recent if t != current][:3])
    # a head's office read as the practice the resume names (LICSW at a family-services agency; a hospital's lab)
    readings = practice_of_heads(readings, text)
    # a licence the person holds in the current title, asked for again, is not outvoted by other
    # targets (``normalize.person_licensed``, trial 55 F3)
    family = licensed_family(readings, years) or person_family(readings, text)
    if family is None:  # no title read as an occupation: the work the text names clearly (``person_work``)
        from careercopilot.normalize.person_work import work_occupation

        work = work_occupation(text)
        if work is not None:
            readings, family = [Reading(work, "summary", READING_WEIGHTS["summary"], "")], work.family
    occs = [r for r in readings if r.occupation.family == family] + \
        [r for r in readings if r.occupation.family != family]
    level = PREFERENCE_LEVEL.get(seniority or "")
    flat = unfold_columns(text)  # the summary of a two-column paste read as written, not across the columns
    if level is None and targets and not names_title_held(targets, [current or ""] + recent[:1]):
        # the middle rung the target titles name (the lower of two) when most of them name one:
        # one ambitious title ("Lead Respiratory Therapist" beside two plain ones, "Program
        # Manager" beside "Program Analyst") does not set the person's level; a person who asks
        # for the title they hold beside the rungs above it ("Senior Estimator", "Preconstruction
        # Manager", "Chief Estimator") is read from the resume (``level_reading.names_title_held``)
        named = sorted((lv for lv in (infer_level(t, None, default=None) for t in targets) if lv), key=LEVELS.index)
        level = named[(len(named) - 1) // 2] if 2 * len(named) > len(targets) else None
    if level is None and targets:
        # a step down taken on purpose ("stepping down from administration … back to the classroom"):
        # the target titles' rung, not the held one (``level_targets.stepped_down_level``, fam95)
        level = stepped_down_level(targets, current, flat)
    if level is None:
        # the rung the resume's own words ask for ("Looking for a Senior Stationary Engineer
        # opening"): the job the person is hired into next (``level_reading.asked_level``)
        level = asked_level(flat)
    # … but a promotion asked for after few years is the rung held (``level_offices.stretch_held``)
    level = stretch_held(level, current, flat) if seniority is None else level
    # a move the resume states ("Seeking a …"), or one its credentials show: target titles in a field where the
    # person holds a licence or certificate but (``keeps`` below) no job — certificates earned for the next job
    # (CompTIA A+ and Network+ of a retail manager asking for help desk, blind16 q13) are no years in it
    moving = any(r.source == "stated" for r in readings) or bool(targets) and any(
        r.source == "credential" and r.occupation.family == family for r in readings)
    # asking for the job one holds ("Public Information Officer" wanting "Public Information
    # Officer", a "Member Services Representative II" wanting "Member Services Representative")
    # is no career change, whatever family the current title is misread into
    now = own_title_occupation(current).code if current else None
    keeps = now is not None and any(r.occupation.code == now for r in readings if r.source in ("target", "stated")) \
        or any(r.source == "current" and r.occupation.family == family for r in readings) \
        or _held_in_family(recent[1:4], family) \
        or _keeps_function([r.title for r in readings if r.source in ("target", "stated")] + targets, current) \
        or discipline_keeps(family, current)
    if level is None and moving and not keeps and changes_field(family, current):
        level = "entry"  # a career changer enters the new field (issue-11 level guide)
    if level is None and not recent and (years is not None or current or new_entrant(flat)):
        # no dated title found (an undated or oddly laid-out resume; a new entrant whose only work is
        # an externship under its own heading, blind8 h03): the summary's cues and the years
        level = resume_level(current or "", years, flat, family=family)
    if level is None and recent:
        # a returner's part-time job since the break does not reset the rung they left at
        # (``level_reading.level_title``); a generic title ("Associate", "Specialist II") has no job
        # zone of its own: the person's profession's first specific reading gives it (a warehouse
        # "Associate" → zone 2)
        held = level_title(recent, flat) or recent[0]
        # a dual title's side the targets pick ("Bookkeeper-Office Manager" asking for bookkeeping:
        # "Bookkeeper"; ``level_targets.held_side``, fam95)
        held = held_side(held, targets, family) or held
        own = own_title_occupation(held)
        code = next((r.occupation.code for r in readings if r.occupation.family == family
                     and not generic_reading(r.occupation)), None) if generic_reading(own) else None
        # an industry's ladder names the rung ("third-year associate", "MTS III"; ``industry_ranks.ladder_level``)
        rung = ladder_level(as_written[recent.index(held)], flat) if held in recent else None
        level = rung or resume_level(held, years, flat, code=code, family=family)
        # a catch-all current title ("Vice President") names another field only when the resume
        # says the person is moving ("Operations director transitioning into human resources")
        old = _family_of_title(current, generic=states_career_change(text), prefer=family)
        if moving and not keeps and LEVELS.index(level) > LEVELS.index("mid") and old is not None and family != old:
            # moving into a next-door field (a restaurant general manager "now moving into human
            # resources as an HR Generalist"): the old title's rung is not theirs in the new
            # field; the old work counts, so mid rather than a changer's entry (issue-11 level
            # guide: "entry unless the old job already did the core work of the new one")
            level = "mid"
    return occs, family, level


def _keeps_function(asked: list[str], current: str | None) -> bool:
    """Whether every title the person asks for runs a unit as the ``current`` one does
    (``normalize.unit_management.same_function``): a restaurant general manager asking for "Store
    Manager" or "Operations Manager" keeps her work and her rung — no career changer's entry level
    (trial 81: she was read entry-level, O*NET files "Store Manager" under sales)."""
    from careercopilot.normalize.unit_management import same_function

    asked = [t for t in asked if t]
    return bool(asked) and all(same_function(t, current) for t in asked)


def _family_of_title(title: str | None, generic: bool = False, prefer: str | None = None) -> str | None:
    """The family of a title (``normalize.occupations.infer_occupation``), None when unknown or
    read from a generic word ("Vice President", "Specialist II": ``generic_reading``; kept with
    ``generic``) — such a title alone does not say the person works in another field. A title
    joining two offices ("Deputy General Counsel & Assistant Secretary") is of ``prefer`` when
    either office reads it (blind5 e09: the whole title read administrative)."""
    from careercopilot.normalize.occupations import generic_reading, infer_occupation
    from careercopilot.normalize.person_occupation import own_title_occupation

    if not title:
        return None
    offices = [p for p in re.split(r"\s+(?:&|and)\s+|\s*/\s*", title) if p.strip()]
    if prefer and len(offices) > 1 and any(infer_occupation(p[:200]).family == prefer for p in offices):
        return prefer
    occ = own_title_occupation(title)
    return None if generic_reading(occ) and not generic else occ.family


def _prefs_dict(pref: Preference | None) -> dict:
    if pref is None:
        return {}
    return {
        "titles": pref.titles, "locations": pref.locations, "places": pref.places, "work_modes": pref.work_modes,
        "salary_floor": pref.salary_floor, "salary_currency": pref.salary_currency,
        "salary_period": pref.salary_period, "needs_visa_sponsorship": pref.needs_visa_sponsorship,
        "seniority": pref.seniority,
    }


def _active_resume(session: Session, user_id: int) -> Resume | None:
    return session.exec(
        select(Resume).where(Resume.user_id == user_id, Resume.is_active).order_by(Resume.id.desc())
    ).first()


def user_profile(*, session: Session, user_id: int) -> tuple[Resume, Preference | None, Profile] | None:
    """The user's active resume, preferences and scoring profile (None without a resume)."""
    resume = _active_resume(session, user_id)
    if resume is None:
        return None
    pref = session.exec(select(Preference).where(Preference.user_id == user_id)).first()
    return resume, pref, make_profile(resume.text, skills=resume.skills or None, prefs=_prefs_dict(pref))
