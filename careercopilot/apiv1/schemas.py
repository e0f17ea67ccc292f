"""Request and response bodies of ``/api/v1`` (pydantic; they are the OpenAPI schemas).

Times are ISO 8601 UTC; salary amounts are currency units (not cents) per year unless a
period is stated; match scores are 0–100 and their components 0–1 (``schemas.MatchExplanation``).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from careercopilot.routes import MAX_ROW_ID
from careercopilot.schemas import JobCard, MatchExplanation, PostingDetail

WorkMode = Literal["remote", "hybrid", "onsite"]


def _money(value: float | str) -> float | str:
    """A number in 0..1e9, or money text as people write it ("$120k+", "€60k", "$60/hr": checked
    with ``normalize.salary_input.parse_salary_input``, the one parser of every form; the
    service reads it again for its currency and period)."""
    from careercopilot.normalize.salary_input import parse_salary_input

    if isinstance(value, str):
        parse_salary_input(value, what="amount")  # ValueError → 422 naming the accepted forms
    elif not 0 <= value <= 1e9:
        raise ValueError("the amount must be between 0 and 1,000,000,000")
    return value


#: A salary in an API body: a number or the text a person would type (one parser for all forms).
Money = Annotated[float | Annotated[str, StringConstraints(max_length=60)], AfterValidator(_money)]
Stage = Literal["saved", "applied", "interviewing", "offer", "accepted", "rejected", "withdrawn"]


def _examples(*items: dict) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(items)})


#: Earliest and latest instant a client may name (``StageMove.at``): outside it the reminder
#: cadence (``services.reminders``) would step past ``datetime.max`` (an OverflowError, a 500).
EARLIEST_AT = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST_AT = datetime(2100, 1, 1, tzinfo=timezone.utc)


def has_nul(value: object) -> bool:
    """Whether ``value`` (a string, or lists/dicts of them) holds U+0000, which PostgreSQL text
    columns cannot store (psycopg raises DataError: a 500 before this check)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, (list, tuple)):
        return any(has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    return False


class InputModel(BaseModel):
    """Base of every request body: no string may contain a NUL character, and no key may be one the
    body does not define (422 names it: a misspelt ``"title"`` in a ``PUT /preferences``, which replaces
    every field, would otherwise clear the titles — attack145 finding 5)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _no_nul(self):
        for name, value in self.__dict__.items():
            if has_nul(value):
                raise ValueError(f"{name} must not contain NUL (U+0000) characters")
        return self


# ------------------------------------------------------------------------------------ postings
class PostingPage(BaseModel):
    """A page of postings: ranked by match score for the active resume, by relevance for a
    search (``q``), or newest first when there is no active resume (``ranked`` false)."""

    items: list[JobCard]
    total: int = Field(description="Postings matching the filters, all pages.")
    ranked: bool = Field(description="True when ordered by match score or search relevance.")
    total_about: int | None = Field(None, description="Search (`q`) only: about how many postings match, when more "
                                                      "match the query's words than a search lists (the newest 1,000); "
                                                      "`total` then counts the listed ones.")
    next_cursor: str | None = None
    model_config = _examples({"items": [{"posting_id": 42, "title": "Backend Engineer", "company": "Acme",
                                         "location": "Berlin, Germany", "work_mode": "hybrid", "country": "DE",
                                         "salary": "€70,000–€85,000 / year", "score": 81,
                                         "matched_skills": ["python", "postgresql"], "missing_skills": ["kafka"],
                                         "posted_at": "2026-11-30T00:00:00Z", "source_type": "greenhouse"}],
                              "total": 1, "ranked": True, "next_cursor": None})


class PostingOut(BaseModel):
    """A posting with why it scored what it did for the token's user (``match`` null while
    the user has no active resume) and the application tracking it, if any."""

    posting: PostingDetail
    match: MatchExplanation | None = None
    application_id: int | None = None


# ------------------------------------------------------------------------------------ resumes
class ResumeOut(BaseModel):
    """One resume version (the file stays in storage; ``text`` is what matching reads)."""

    id: int
    version: int
    filename: str
    mime: str
    size_bytes: int
    is_active: bool
    skills: list[str] = Field(default_factory=list)
    created_at: datetime
    model_config = _examples({"id": 3, "version": 2, "filename": "resume.pdf", "mime": "application/pdf",
                              "size_bytes": 48213, "is_active": True, "skills": ["python", "sql"],
                              "created_at": "2026-12-01T09:30:00Z"})


class ResumeDetailOut(ResumeOut):
    """A resume version with its extracted text."""

    text: str


class ResumeUploadOut(BaseModel):
    """Upload outcome: the now-active version, and whether the same file existed already."""

    resume: ResumeOut
    duplicate: bool
    message: str


# ------------------------------------------------------------------------------------ preferences
class PreferencesIn(InputModel):
    """All preferences at once (PUT replaces every field)."""

    titles: list[str] = Field(default_factory=list, max_length=20, description="Target job titles.")
    locations: list[str] = Field(default_factory=list, max_length=20,
                                 description="Places (city, region or country names), resolved with GeoNames.")
    work_modes: list[WorkMode] = Field(default_factory=list)
    salary_floor: Money | None = Field(None, description="In salary_currency per salary_period; a number or "
                                                         "text such as \"$120k+\" or \"$60/hr\" (its currency and "
                                                         "period then win).")
    salary_currency: str = Field("USD", min_length=3, max_length=3,
                                 description="ISO 4217 code with a European Central Bank exchange rate (about 30: "
                                             "USD, EUR, GBP, INR, JPY …); others, such as XAU or XTS, are a 422.")
    salary_period: Literal["hour", "day", "week", "month", "year"] = "year"
    needs_visa_sponsorship: bool = False
    seniority: Literal["junior", "mid", "senior", "staff", "principal", "lead", "executive"] | None = None
    model_config = _examples({"titles": ["Backend Engineer"], "locations": ["Berlin"], "work_modes": ["remote", "hybrid"],
                              "salary_floor": 70000, "salary_currency": "EUR", "salary_period": "year",
                              "needs_visa_sponsorship": False, "seniority": "senior"})


class PreferencesOut(BaseModel):
    """The stored preferences (``unresolved_locations``: older free-text places not matched yet)."""

    titles: list[str]
    locations: list[str]
    unresolved_locations: list[str]
    work_modes: list[str]
    salary_floor: float | None
    salary_currency: str
    salary_period: str
    needs_visa_sponsorship: bool
    seniority: str | None
    updated_at: datetime | None


# ------------------------------------------------------------------------------------ applications
class ApplicationOut(BaseModel):
    """A tracked application. Its ``ETag`` header guards updates (``If-Match``)."""

    id: int
    posting_id: int | None
    resume_id: int | None
    company: str
    title: str
    url: str | None
    stage: Stage
    applied_at: datetime | None
    follow_up_on: date | None
    offer_deadline: date | None = Field(None, description="The day an offer must be answered by.")
    interview_at: datetime | None = Field(None, description="The next interview (UTC).")
    notes: str = Field(description="Markdown.")
    salary_expectation: float | None
    salary_offer: float | None
    salary_currency: str | None
    source_label: str | None
    work_mode: str | None
    archived: bool
    created_at: datetime
    updated_at: datetime
    model_config = _examples({"id": 7, "posting_id": 42, "resume_id": 3, "company": "Acme", "title": "Backend Engineer",
                              "url": "https://jobs.example.org/42", "stage": "applied",
                              "applied_at": "2026-12-02T10:00:00Z", "follow_up_on": "2026-12-09", "offer_deadline": None,
                              "interview_at": "2026-12-10T14:00:00Z", "notes": "Referred by Sam.",
                              "salary_expectation": 80000, "salary_offer": None, "salary_currency": "EUR",
                              "source_label": "Greenhouse", "work_mode": "hybrid", "archived": False,
                              "created_at": "2026-12-01T09:00:00Z", "updated_at": "2026-12-02T10:00:00Z"})


class ApplicationPage(BaseModel):
    """A page of applications, newest first."""

    items: list[ApplicationOut]
    next_cursor: str | None = None


class ApplicationCreate(InputModel):
    """Track a posting (``posting_id``; idempotent) or a job typed in (``company`` + ``title``)."""

    posting_id: int | None = Field(None, ge=1, le=MAX_ROW_ID, strict=True)
    company: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    notes: str = Field("", max_length=20_000)
    work_mode: WorkMode | None = None
    model_config = _examples({"posting_id": 42}, {"company": "Acme", "title": "Data Engineer",
                                                  "url": "https://acme.example.org/careers/17", "work_mode": "remote"})


class ApplicationUpdate(InputModel):
    """Fields to change (absent fields stay as they are; ``null`` clears an optional one)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"notes": "Phone screen went well.", "follow_up_on": "2026-12-12"}, {"archived": True}]})

    company: str | None = Field(None, min_length=1, max_length=300)
    title: str | None = Field(None, min_length=1, max_length=500)
    url: str | None = Field(None, max_length=2000)
    notes: str | None = Field(None, max_length=20_000)
    follow_up_on: date | None = None
    offer_deadline: date | None = Field(None, description="Answer-by day of an offer (moves its reminder).")
    interview_at: datetime | None = Field(None, description="Next interview; without an offset it is read in your "
                                                            "time zone. Sets or moves the thank-you reminder "
                                                            "(none at Interviewing without it).")
    resume_id: int | None = Field(None, ge=1, le=MAX_ROW_ID, strict=True)
    salary_expectation: Money | None = Field(None, description="A year; a number or text such as \"$150k+\".")
    salary_offer: Money | None = Field(None, description="A year; \"$60/hr\" is annualized.")
    salary_currency: str | None = Field(None, min_length=3, max_length=3)
    source_label: str | None = Field(None, max_length=60)
    work_mode: WorkMode | None = None
    archived: bool | None = None

    @field_validator("follow_up_on", "offer_deadline")
    @classmethod
    def _plausible_day(cls, v: date | None, info) -> date | None:
        """A day between 1970 and 2100, like every time of the tracker (``StageMove.at``, ``interview_at``;
        attack145 INFO 6: ``offer_deadline`` "0001-01-01" was stored)."""
        if v is not None and not EARLIEST_AT.date() <= v < LATEST_AT.date():
            raise ValueError(f"{info.field_name} must lie between 1970 and 2100")
        return v


class StageMove(InputModel):
    """Move to a pipeline stage (any move is allowed; the same stage is a no-op)."""

    stage: Stage
    at: datetime | None = Field(None, description="When it happened (default now; 1970–2100).")
    model_config = _examples({"stage": "interviewing"})

    @field_validator("at")
    @classmethod
    def _plausible(cls, v: datetime | None) -> datetime | None:
        if v is None:
            return v
        aware = v if v.tzinfo is not None else v.replace(tzinfo=timezone.utc)
        if not EARLIEST_AT <= aware < LATEST_AT:
            raise ValueError("at must lie between 1970 and 2100")
        return v


class StageEventOut(BaseModel):
    """One stage move (append-only history)."""

    from_stage: str | None
    to_stage: str
    at: datetime


class ContactIn(InputModel):
    """A person related to an application."""

    name: str = Field(..., min_length=1, max_length=200)
    role: str | None = Field(None, max_length=200)
    email: str | None = Field(None, max_length=254)
    profile_url: str | None = Field(None, max_length=2000)
    model_config = _examples({"name": "Sam Lee", "role": "Recruiter", "email": "sam@acme.example.org"})


class ContactOut(ContactIn):
    """A stored contact."""

    id: int
    application_id: int
    #: last add or edit (UTC)
    updated_at: datetime


class FollowUpOut(BaseModel):
    """An application whose follow-up date is today or past (in the user's time zone)."""

    application_id: int
    company: str
    title: str
    stage: str
    follow_up_on: date


# ------------------------------------------------------------------------------------ analytics
class FunnelStepOut(BaseModel):
    stage: str
    count: int
    rate: float | None = Field(description="count / previous step (0–1); null for the first.")


class BreakdownOut(BaseModel):
    key: str
    total: int
    applied: int
    responded: int


class AnalyticsOut(BaseModel):
    """The Analytics page's figures. Rates are 0–1 (null when nothing to divide by)."""

    total: int
    funnel: list[FunnelStepOut]
    per_week: list[tuple[str, int]] = Field(description="(Monday ISO date, applications) oldest first.")
    response_rate: float | None
    interview_rate: float | None
    median_days_to_response: float | None
    by_source: list[BreakdownOut]
    by_work_mode: list[BreakdownOut]
    top_missing_skills: list[tuple[str, int]] = Field(description="(skill, postings lacking it in your top matches).")
    stage_counts: dict[str, int]
