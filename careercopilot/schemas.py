"""Non-table DTOs the services hand to the UI and the CLI (pydantic, JSON-serializable).

Matching DTOs: :class:`JobFilters` (what the Jobs page filters on), :class:`JobCard` (one
ranked posting), :class:`MatchExplanation` (why a posting scored what it did — rendered by
the Job-detail page and stored as ``MatchScore.explanation``), :class:`RankedPage`,
:class:`PostingDetail`. Component scores are 0–1; the match score is 0–100.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from pydantic import BaseModel, Field, computed_field, field_validator

WORK_MODE_VALUES = ("remote", "hybrid", "onsite")


class ScoreBand(NamedTuple):
    """A range of the 0–100 match score: scores ≥ ``min_score`` (and below the next band up)
    get ``word`` and the Radix colour ``color`` (badge and legend)."""

    min_score: int
    word: str
    color: str


#: Match-score bands, highest first; the last band starts at 0. The matching calibration
#: owns the thresholds and words (``services.matching``); the Jobs/Job-detail badges, the
#: legend and the dashboard read them from here, so they always agree.
#: Calibration target (issue 11): ≥ 90 % of same-profession postings that meet every stated
#: preference score ≥ 75 ("strong fit"); ≥ 95 % of unrelated-profession postings score < 30
#: ("unlikely"); measured by ``benchmarks/match_quality.py --calibration``.
SCORE_BANDS: tuple[ScoreBand, ...] = (
    ScoreBand(75, "strong fit", "green"),
    ScoreBand(30, "possible", "amber"),
    ScoreBand(0, "unlikely", "gray"),
)


def score_band(score: float | None) -> ScoreBand | None:
    """The band of a 0–100 ``score`` (None for an unscored posting)."""
    if score is None:
        return None
    for band in SCORE_BANDS:
        if score >= band.min_score:
            return band
    return SCORE_BANDS[-1]


class JobFilters(BaseModel):
    """Filters of the Jobs page. Empty/None fields do not filter.

    ``salary_floor`` is an annual amount in ``salary_currency`` (converted to USD with the
    ECB rate); ``posted_within_days`` counts back from now (UTC); ``query`` is the semantic
    search text (used by :func:`careercopilot.services.matching.search_postings`).
    """

    work_mode: str | None = None
    country: str | None = None
    salary_floor: float | None = Field(default=None, ge=0)
    salary_currency: str = "USD"
    visa_only: bool = False
    posted_within_days: int | None = Field(default=None, ge=1, le=3650)
    source_type: str | None = None
    query: str | None = Field(default=None, max_length=500)

    @field_validator("work_mode")
    @classmethod
    def _mode(cls, v: str | None) -> str | None:
        v = (v or "").strip().lower() or None
        if v is not None and v not in WORK_MODE_VALUES:
            raise ValueError(f"work mode must be one of {', '.join(WORK_MODE_VALUES)}")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        v = (v or "").strip().upper() or None
        if v is not None and (len(v) != 2 or not v.isalpha()):
            raise ValueError("country must be an ISO 3166-1 alpha-2 code such as DE or US")
        return v


class PreferenceCheck(BaseModel):
    """One preference compared with the posting: ``ok`` True ✓, False ✗, None unknown."""

    name: str
    ok: bool | None
    reason: str


class SkillFlag(BaseModel):
    """A skill of the posting and whether it is required (else nice-to-have); a matched skill the
    resume does not name says in ``shown_by`` what shows it: a narrower skill of the resume ("your
    Toast POS": ``normalize.skills.skill_ancestors``) or a held title ("your title General Manager at
    Saguaro Grill (a restaurant)": ``normalize.held_title_skills``); None when the resume names it. A
    missing product says in ``related`` which product of the same class the resume shows ("Square POS (also
    POS Systems)"); it does not count as the product."""

    skill: str
    required: bool = True
    shown_by: str | None = None
    related: str | None = None


class PenaltyFactor(BaseModel):
    """One multiplier of the score's penalty: ``name`` ("location", "work mode", "salary",
    "visa", "occupation", "level"), ``factor`` (0–1) and ``reason`` in words."""

    name: str
    factor: float
    reason: str


class ScoreSteps(BaseModel):
    """Every step from the components to the shown score (``services.matching.score_steps``):
    ``weights`` — the weights of the KNOWN components, rescaled to sum to 1 (an unknown
    component's weight is shared among the others); ``weighted`` = 100 × Σ wᵢ·cᵢ (0–100);
    ``penalized`` = ``weighted`` × ``penalty``; ``calibrated`` = the calibration of ``penalized``
    (``services.matching.calibrate``); ``score`` = ``calibrated`` placed in the band of the
    occupation ``relation``, the ``skill_gap`` and the ``licence_gap`` (``services.matching.steps.in_band``)
    rounded to ``SCORE_DIGITS`` —
    equal to ``MatchExplanation.score``."""

    weights: dict[str, float] = Field(default_factory=dict)
    weighted: float = 0.0
    penalty: float = 1.0
    penalized: float = 0.0
    calibrated: float = 0.0
    relation: str | None = None
    #: The person lacks nearly all of the posting's many skills (``services.matching.steps.skill_gap``):
    #: no strong-fit band.
    skill_gap: bool = False
    #: The posting requires a licence the person's resume does not show
    #: (``MatchExplanation.missing_licences``): no strong-fit band.
    licence_gap: bool = False
    #: The posting fails both the user's target titles and seniority (``steps.misses_targets``): no
    #: strong-fit band.
    target_gap: bool = False
    score: float = 0.0


class MatchExplanation(BaseModel):
    """Why a posting got its score. Component scores 0–1 (None = not available)."""

    score: float = 0.0
    matched_skills: list[SkillFlag] = Field(default_factory=list)
    missing_skills: list[SkillFlag] = Field(default_factory=list)
    semantic: float | None = None
    #: IDF-weighted keyword overlap (services.matching module doc).
    lexical: float | None = None
    #: Posting title vs the person's target/recent titles.
    title: float | None = None
    skills: float | None = None
    preference: float | None = None
    freshness: float | None = None
    #: Multiplier applied for a dealbreaker (e.g. needs visa, posting says no sponsorship).
    penalty: float = 1.0
    weights: dict[str, float] = Field(default_factory=dict)
    checks: list[PreferenceCheck] = Field(default_factory=list)
    visa_evidence: str | None = None
    #: Date of the ECB exchange rate used for salary conversion (ISO date), if any.
    rate_date: str | None = None
    best_passage: str | None = None
    model_version: str = ""
    computed_at: datetime | None = None
    #: relation of the posting's occupation to the person's: "code", "same", "adjacent",
    #: "other" (None: unknown), and the two families (``normalize.occupations``)
    occupation_relation: str | None = None
    posting_family: str | None = None
    person_family: str | None = None
    #: How many skills the person's resume (or profile) names: with the posting's matched and
    #: missing skills it decides a skill gap (``ScoreSteps.skill_gap``); None in scores stored before.
    person_skills: int | None = None
    #: The multipliers whose product is ``penalty`` (empty for scores stored before they were kept).
    penalty_factors: list[PenaltyFactor] = Field(default_factory=list)
    #: Licences the posting requires that the resume does not show, in words ("Requires a pharmacist
    #: licence (RPh) — not on your resume"; ``normalize.licence_requirements``): any keeps the posting
    #: out of the strong-fit band (``ScoreSteps.licence_gap``).
    missing_licences: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def steps(self) -> ScoreSteps:
        """Components → weighted sum → × penalty → calibrated → occupation band (the one source of the
        Job-detail page's and the API's arithmetic; ``services.matching.score_steps``)."""
        from careercopilot.services.matching.steps import misses_targets, score_steps

        return score_steps({k: getattr(self, k, None) for k in self.weights}, self.weights, self.penalty,
                           self.occupation_relation,
                           named_skills=sum(1 for s in self.matched_skills + self.missing_skills if s.required),
                           person_skills=self.person_skills, licence_gap=bool(self.missing_licences),
                           target_gap=misses_targets(self.checks))


#: What a card or detail page shows for a posting whose source names no employer (stored as ``""``:
#: ``connectors.base.JobSource.employer``; issue 11 trial finding 2).
UNNAMED_EMPLOYER = "Employer not named"


def named_employer(company: str | None) -> str:
    """``company``, or :data:`UNNAMED_EMPLOYER` when it is blank."""
    return (company or "").strip() or UNNAMED_EMPLOYER


class JobCard(BaseModel):
    """One posting in a ranked list (``score`` None when not scored for this user yet)."""

    posting_id: int
    title: str
    company: str

    @field_validator("company")
    @classmethod
    def _name_the_unnamed(cls, value: str) -> str:
        return named_employer(value)
    location: str = ""
    work_mode: str | None = None
    country: str | None = None
    salary: str = ""
    score: int | None = None
    similarity: float | None = None
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    #: Licences the posting requires and the resume does not show, in words
    #: (``MatchExplanation.missing_licences``: "Requires a pharmacist licence (RPh) — not on your resume").
    missing_licences: list[str] = Field(default_factory=list)
    posted_at: datetime | None = None
    is_new: bool = False
    source_type: str = ""
    visa_sponsorship: str | None = None


class ProfessionGap(BaseModel):
    """Nothing in the feed fits the user's profession: ``family`` (id), ``label`` (words),
    ``boards`` (where such postings are found). With ``far_count`` > 0 postings of it are in the
    feed but every one is outside the user's places (``matching.profession_near``):
    ``far_places`` names a few of their locations ("Columbus, OH; Denver, CO")."""

    family: str
    label: str
    boards: str = ""
    far_count: int = 0
    far_places: str = ""
    #: > 0: only this many postings of the profession are scored (fewer than
    #: ``profession_near.FEW_OWN``, one near) and the rest of the list is other work.
    few_count: int = 0


class RankedPage(BaseModel):
    """A page of ranked postings plus how it was served.

    ``needs_refresh`` is True when the stored scores are missing or older than the resume,
    the preferences or the model — the UI then enqueues ``jobs.matching.rescore_user``.
    ``path`` names the vector-index path that served the candidate query (``hnsw``,
    ``hnsw+postfilter``, ``exact-mask``, ``stored``).
    """

    items: list[JobCard] = Field(default_factory=list)
    total: int = 0
    page: int = 1
    page_size: int = 20
    has_resume: bool = False
    needs_refresh: bool = False
    computed_at: datetime | None = None
    path: str = ""
    #: search only: about how many postings match when more match the query's words than a
    #: search reads (``services.matching.search.SEARCH_LEXICAL_CANDIDATES``); ``total`` then
    #: counts the listed (newest) ones. None: ``total`` is every hit
    total_about: int | None = None
    #: set when none of the user's scored postings belongs to their profession
    profession_gap: ProfessionGap | None = None


class Sighting(BaseModel):
    """A source the posting was seen on."""

    source: str
    source_type: str
    url: str
    last_seen_at: datetime | None = None


class PostingDetail(BaseModel):
    """Everything the Job-detail page shows about a posting (description HTML is nh3-sanitized)."""

    posting_id: int
    title: str
    company: str

    @field_validator("company")
    @classmethod
    def _name_the_unnamed(cls, value: str) -> str:
        return named_employer(value)
    location: str = ""
    work_mode: str | None = None
    country: str | None = None
    salary: str = ""
    url: str
    apply_url: str | None = None
    description_html: str = ""
    visa_sponsorship: str | None = None
    visa_evidence: str | None = None
    posted_at: datetime | None = None
    is_open: bool = True
    employment_type: str | None = None
    sightings: list[Sighting] = Field(default_factory=list)
    #: Quality flags in words ("Pay looks like a placeholder: USD 0.01 / hour"); a flagged
    #: posting is hidden from lists but still reachable by its link.
    quality_notes: list[str] = Field(default_factory=list)
