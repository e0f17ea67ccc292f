"""The arithmetic from score components to the shown 0–100 match score, in one place.

``score_posting`` computes the score with :func:`score_steps`, and the Job-detail page and
``GET /api/v1/postings/{id}`` (``MatchExplanation.steps``) show the same steps, so the
explanation always reproduces the score (a trial found "components 31, score 75": the
calibration step was applied but never shown)::

    weighted  = 100 × Σ wᵢ·cᵢ / Σ wᵢ   over the known components cᵢ ∈ [0, 1]
    penalized = weighted × penalty      (product of ``MatchExplanation.penalty_factors``)
    calibrated = calibrate(penalized)   (:data:`SCORE_CALIBRATION`)
    score     = in_band(calibrated, occupation relation, penalty, skill gap or licence gap), rounded to SCORE_DIGITS

Only numpy and the schemas are imported here (``schemas`` imports this module lazily).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from careercopilot.services.matching.occupation_band import strong_band_top

#: Calibration of the 0–100 score (issue 11): the penalized weighted sum (raw, 0–100) is
#: mapped piecewise-linearly through these (raw, shown) knots, strictly increasing so the
#: order is kept. Fit on the issue-11 dev split (28 resumes × 1,345 postings): raw 17 is the
#: 95th percentile of unrelated-profession (grade-0) postings → 30, the "possible" band's
#: floor; raw 30 → 75, the "strong fit" floor (≈ the median same-profession, same-level posting).
SCORE_CALIBRATION: tuple[tuple[float, float], ...] = ((0.0, 0.0), (17.0, 30.0), (30.0, 75.0), (60.0, 95.0),
                                                      (100.0, 100.0))

def _bands() -> tuple[float, float]:
    """(strong-fit floor, possible floor) of ``schemas.SCORE_BANDS`` (75, 30): the one place
    the thresholds are set."""
    from careercopilot.schemas import SCORE_BANDS

    return float(SCORE_BANDS[0].min_score), float(SCORE_BANDS[1].min_score)


#: Below a band's floor by this much at most (the top of the band under it): a whole point, so
#: the capped score is a whole number (74, 29) that every display rounding (``round``,
#: ``f"{x:.0f}"``, JavaScript ``Math.round``) shows below the floor. It was 0.01: 74.99 was
#: shown as "75 … lowered by the penalty: below a strong fit (< 75)" (session 12 trial).
_BELOW = 1.0


#: The strong-fit band needs the posting's skills when their absence says something: the
#: posting names at least :data:`SKILL_GAP_NAMED` required skills we recognize (preferred ones
#: never count against a posting: ``scoring.PREFERRED_BONUS``), the person's resume at least
#: :data:`SKILL_GAP_PERSON`, and under :data:`SKILL_GAP_COVERAGE` of the posting's (the
#: ``skills`` component: ``scoring.skill_coverage``, ``scoring.MIN_SKILL_EVIDENCE`` floor) are
#: the person's. Why: a stranger found an "Anaplan Developer" posting at 95+ for a
#: senior backend engineer — the same O*NET occupation (software developers), 4 % of its
#: skills — the occupation alone lifted it into the band. Why both counts: recognized skills
#: are sparse and their coverage low even for the right postings (issue-11 data, the 3,335
#: grade-2 same-family pairs of dev, blind2 and blind3: median coverage 0.11, 28 % under 0.05;
#: resumes name a median 16 skills, policy and hospitality resumes 4–5): a coverage floor alone
#: took the band from 28 % of the right postings (0.05) to 60 % (0.15) — calibration (grade-2
#: ≥ 75) fell from 75 % to 29 % on dev. With a skill-rich posting (≥ 8) and person (≥ 20; a
#: senior software engineer's resume names ~30) the gap is evidence; 3.2 % of those pairs lose
#: the band (calibration dev 75.4 → 74.3 %, blind2 71.0 → 67.7 %, blind3 74.6 → 72.9 %; a person
#: floor of 15 lost 2–4 points more and dev's science minimum 0.738 → 0.681).
SKILL_GAP_COVERAGE = 0.05
SKILL_GAP_NAMED = 8
SKILL_GAP_PERSON = 20


def skill_gap(skills: float | None, named: int, person: int | None) -> bool:
    """Whether the person has too few of the posting's skills for a strong fit: ``skills``
    coverage (0–1, None = unknown) under :data:`SKILL_GAP_COVERAGE` of ``named`` (≥
    :data:`SKILL_GAP_NAMED`) recognized required posting skills, for a ``person`` whose resume names at
    least :data:`SKILL_GAP_PERSON` (None = unknown: no gap)."""
    return (skills is not None and person is not None and named >= SKILL_GAP_NAMED and person >= SKILL_GAP_PERSON
            and skills < SKILL_GAP_COVERAGE)


#: The preference checks (``MatchExplanation.checks``) whose failing TOGETHER keeps a posting out of
#: the strong-fit band: the user's stated target titles and seniority. Either alone is no dealbreaker
#: (a title names a job many ways; a level one step off is fine), but a posting that is neither the
#: job nor the rung the user asked for is no "strong fit" (trial 81: "Account Executive", 9 % keyword
#: overlap, "not met: title, seniority", scored 93 for a restaurant GM who asked for Store Manager,
#: senior). The band is ``schemas.SCORE_BANDS[0]`` (:func:`_bands`), the one constant the UI reads.
TARGET_CHECKS: tuple[str, ...] = ("title", "seniority")


def misses_targets(checks) -> bool:
    """Whether every one of :data:`TARGET_CHECKS` is among ``checks`` (objects with ``name`` and
    ``ok``: ``schemas.PreferenceCheck``) and failed (``ok is False``; unknown ``None`` never counts)."""
    failed = {c.name for c in checks or () if c.ok is False}
    return all(n in failed for n in TARGET_CHECKS)


def strong_fit(relation: str | None, penalty: float, gap: bool = False) -> bool:
    """Whether a posting earns the "strong fit" band (:func:`in_band`): the person's occupation
    or family ("code"/"same"), nothing lowered it (``penalty`` 1) and no skill ``gap``
    (:func:`skill_gap`)."""
    return relation in ("code", "same") and penalty >= 1.0 and not gap


def in_band(calibrated: float, relation: str | None, penalty: float, gap: bool = False) -> float:
    """The shown score: the ``calibrated`` 0–100 score placed in the band its occupation
    relation (``MatchExplanation.occupation_relation``) earns — the bands' own definitions
    (``schemas.SCORE_BANDS``, issue 11's calibration target):

    * "strong fit" (≥ 75): the posting is the person's occupation or family ("code"/"same"),
      nothing lowered it (``penalty`` 1: level within one step, no failed preference) and the
      person is not missing nearly all of the skills it names nor a licence it requires (``gap``:
      :func:`skill_gap`, ``score_steps(licence_gap=…)``) →
      75 + 25 × calibrated/100 for the person's occupation, 75 + 22 × calibrated/100 for another
      occupation of the family (``occupation_band.strong_band_top``);
    * "unlikely" (< 30): another family ("other") → 30 × calibrated/100, at most 29;
    * an adjacent family, or the person's with a penalty or too few of its skills: the
      calibrated score kept under 75 in its order (:func:`_below`: at most 74, :data:`_BELOW`);
    * unknown relation (None): the calibrated score.

    Order within each band is the calibrated order. Why: the weighted similarity of a
    same-profession posting and of an unrelated one overlap (issue-11 dev split, score-4:
    the 10th percentile of grade-2 postings' raw score 10.6 is below the 95th percentile of
    grade-0 postings' 14.9), so no monotone map of it alone meets both targets."""
    strong, possible = _bands()
    if strong_fit(relation, penalty, gap):  # another occupation of the family: the band's lower part
        return strong + (strong_band_top(relation) - strong) * calibrated / 100.0
    if relation == "other":
        return min(possible * calibrated / 100.0, possible - _BELOW)
    if relation is None:
        return calibrated
    return _below(calibrated, strong - _BELOW)


#: Where the band under "strong fit" starts to compress (:func:`_below`): calibrated scores up to
#: here are shown as they are.
_KNEE = 50.0


def _below(calibrated: float, top: float) -> float:
    """``calibrated`` (0–100) kept under ``top`` without losing its order: unchanged up to
    :data:`_KNEE`, then the rest of 0–100 mapped linearly onto ``_KNEE``..``top``. It was
    ``min(calibrated, top)``: every capped posting scored exactly 74, so the order among them
    (an adjacent field's, or the person's with a penalty, with calibrated ≥ 74 — often the
    top ten of a person whose occupation has few postings) fell to the posting id (issue-11
    blind3, session 13: c26's top twelve and c25's were all 74.0)."""
    if calibrated <= _KNEE:
        return min(calibrated, top)
    return _KNEE + (calibrated - _KNEE) * (top - _KNEE) / (100.0 - _KNEE)


#: Decimals kept of the 0–100 score: far below any real difference of fit (the display
#: shows none), far above float noise of the embedding (~1e-7).
SCORE_DIGITS = 6

#: The calibration in one line of words (Job-detail page, README "Match score").
CALIBRATION_NOTE = ("similarity scores of text are compressed, so the sum is mapped to the 0–100 scale: "
                    "17 → 30, 30 → 75, 60 → 95; then placed in the band the occupation earns: your occupation "
                    "at your level with every preference met ≥ 75, another field < 30")


def calibrate(raw: float) -> float:
    """The shown 0–100 score of a raw (penalized, weighted) 0–100 score (:data:`SCORE_CALIBRATION`)."""
    xs, ys = zip(*SCORE_CALIBRATION)
    return float(np.interp(max(0.0, min(100.0, raw)), xs, ys))


def score_steps(components: Mapping[str, float | None], weights: Mapping[str, float], penalty: float,
                relation: str | None = None, *, named_skills: int = 0, person_skills: int | None = None,
                licence_gap: bool = False, target_gap: bool = False):
    """``components`` (name → 0–1 or None = unknown), ``weights`` (name → weight; empty → the
    default ``scoring.WEIGHTS``), the total ``penalty`` (0–1) and the occupation ``relation``
    (:func:`in_band`) → :class:`schemas.ScoreSteps`.

    The ``skills`` component (0–1 or None), the number of skills the posting names
    (``named_skills``) and the person's (``person_skills``, None = unknown) decide a skill gap
    (:func:`skill_gap`) that keeps the posting out of the strong-fit band, as does a
    ``licence_gap``: the posting requires a licence the resume does not show
    (``normalize.licence_requirements``; a pharmacist posting for a dental hygienist — same family,
    issue 11 trial). ``ScoreSteps.weights`` are the known components' weights rescaled to sum to 1 (each
    rounded to 6 decimals only for display; the sums use the exact values). ``target_gap``: the posting
    fails both the user's target titles and seniority (:func:`misses_targets`): no strong-fit band."""
    from careercopilot.schemas import ScoreSteps

    if not weights:
        from careercopilot.services.matching.scoring import WEIGHTS

        weights = WEIGHTS
    known = {k: w for k, w in weights.items() if components.get(k) is not None}
    den = sum(known.values())
    num = sum(w * float(components[k]) for k, w in known.items())
    weighted = 100.0 * (num / den if den else 0.0)
    penalized = weighted * penalty
    calibrated = calibrate(penalized)
    skills = components.get("skills")
    gap = skill_gap(None if skills is None else float(skills), named_skills, person_skills)
    return ScoreSteps(weights={k: (w / den if den else 0.0) for k, w in known.items()}, weighted=weighted,
                      penalty=penalty, penalized=penalized, calibrated=calibrated, relation=relation, skill_gap=gap,
                      licence_gap=licence_gap, target_gap=target_gap,
                      score=round(in_band(calibrated, relation, penalty, gap or licence_gap or target_gap), SCORE_DIGITS))
